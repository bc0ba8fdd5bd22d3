package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.time.DateRange;
import java.util.List;

/**
 * Metrics by the values of one dimension over the covered range (the FCR breakdown, cost per
 * resolution by tier, …). Each slice carries its share of the range's unallocated overhead in
 * proportion to its real resolutions ({@link PeriodMetrics#overheadShare}).
 *
 * @param slices  values met, sorted alphabetically ({@code (none)} for tickets without a value)
 * @param overall every ticket the query counts, as one group
 */
public record Breakdown(String projectKey, DateRange covered, Dimension dimension, List<Slice> slices,
                        PeriodMetrics overall) {

    public Breakdown {
        slices = List.copyOf(slices);
    }
}
