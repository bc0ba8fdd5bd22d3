package io.balancepoint.store;

import java.util.Objects;

/** One stored day rollup: its key and the summed measures of its tickets. */
public record RollupRow(RollupKey key, RollupMeasures measures) {

    public RollupRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(measures, "measures");
    }
}
