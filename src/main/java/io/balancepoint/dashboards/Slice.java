package io.balancepoint.dashboards;

import io.balancepoint.metrics.PeriodMetrics;
import java.util.Objects;

/** One value of a dimension (e.g. channel {@code email}, or {@code (none)}) and the metrics of its tickets. */
public record Slice(String value, PeriodMetrics metrics) {

    public Slice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(metrics, "metrics");
    }
}
