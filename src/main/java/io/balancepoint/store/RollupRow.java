package io.balancepoint.store;

import io.balancepoint.metrics.FactMeasures;
import java.util.Objects;

/** One stored day rollup: its key and the summed measures of its tickets (in the key's currency). */
public record RollupRow(RollupKey key, FactMeasures measures) {

    public RollupRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(measures, "measures");
    }
}
