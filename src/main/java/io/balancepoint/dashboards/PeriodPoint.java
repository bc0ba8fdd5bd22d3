package io.balancepoint.dashboards;

import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.time.Period;
import java.util.Objects;

/** One period of a trend and its metrics (every metric null where its denominator is zero). */
public record PeriodPoint(Period period, PeriodMetrics metrics) {

    public PeriodPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metrics, "metrics");
    }
}
