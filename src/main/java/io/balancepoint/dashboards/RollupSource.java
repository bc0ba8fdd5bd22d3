package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.store.RollupGrain;
import io.balancepoint.store.RollupRow;
import io.balancepoint.time.DateRange;
import java.util.List;

/** Where dashboard queries read summed measures from (the rollup store with facts for combined filters, or a fake in tests). */
@FunctionalInterface
public interface RollupSource {

    /**
     * The summed measures of the project's tickets resolved on {@code days} ({@code until} exclusive)
     * that pass {@code filter}: rows per day (or, at {@link RollupGrain#MONTH}, per day or per whole
     * month) and currency whose measures add up to exactly those tickets' measures, each ticket counted
     * in one row. With {@code groupBy}, every row's key also answers
     * {@link io.balancepoint.store.RollupKey#valueOf} for it, and a row holds only tickets with that value.
     *
     * @param grain   {@code MONTH} allows month rows; {@code days} then starts and ends on a month's first day
     * @param groupBy null, or one of {@link io.balancepoint.store.RollupKey#DIMENSIONS}
     */
    List<RollupRow> rows(String projectKey, DateRange days, RollupGrain grain, DimensionFilter filter, Dimension groupBy);
}
