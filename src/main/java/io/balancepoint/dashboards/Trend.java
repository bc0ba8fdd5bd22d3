package io.balancepoint.dashboards;

import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.time.DateRange;
import java.util.List;

/**
 * Metrics per period over the covered range — FCR rate, cost per resolution (plain and fully
 * loaded), cost per contact, mean handle time and CSAT — for the FCR and cost-per-resolution trends.
 *
 * @param covered the days of the query widened to whole periods
 * @param points  one per period, in time order, periods without resolutions included (their rates null)
 * @param overall the whole covered range as one group; its overhead is the range's overhead shared by
 *                the range's real resolutions, so it is not the sum of the points' shares
 */
public record Trend(String projectKey, DateRange covered, List<PeriodPoint> points, PeriodMetrics overall) {

    public Trend {
        points = List.copyOf(points);
    }
}
