package io.balancepoint.dashboards;

import io.balancepoint.store.RollupRow;
import io.balancepoint.time.DateRange;
import java.util.List;

/** Where dashboard queries read day rollups from (the rollup store, or a fake in tests). */
@FunctionalInterface
public interface RollupSource {

    /** The day rollups of one project whose day is in {@code days} ({@code until} exclusive), every dimension and currency. */
    List<RollupRow> rows(String projectKey, DateRange days);
}
