/**
 * The read side of the team-lead dashboard items (SPEC §6): FCR and cost trends, breakdowns, the
 * channel cost gradient, cost breakdowns ({@link io.balancepoint.dashboards.RollupMetrics}), budget
 * vs actual ({@link io.balancepoint.dashboards.BudgetReports}), the anomaly list
 * ({@link io.balancepoint.dashboards.AnomalyQueries}), ROI and the balance point
 * ({@link io.balancepoint.dashboards.RoiQueries}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>A package of its own.</b> These queries join stored data (rollups, facts), settings and the
 *       pure rules of {@code metrics}, {@code budget} and {@code roi}. Put in {@code metrics}, they would
 *       make it depend on {@code store}, which depends on {@code metrics} (rollups hold
 *       {@code FactMeasures}): a cycle, and I/O inside a package of pure rules.</li>
 *   <li><b>Ports.</b> Queries read through {@link io.balancepoint.dashboards.RollupSource} and
 *       {@link io.balancepoint.dashboards.FactsSource}; {@link io.balancepoint.dashboards.StoreSources}
 *       implements both on the Active Objects stores. Every read is bounded by project and days (rollups,
 *       index on project + dimension + day) or project and resolution window (facts, index on project +
 *       resolved at).</li>
 *   <li><b>One dimension at a time from rollups.</b> Rollups keep each dimension on its own, so they
 *       answer unfiltered reads, reads filtered on one dimension and breakdowns by that same dimension.
 *       A read that combines two dimensions (two filters, or a filter and a breakdown by another
 *       dimension) sums the facts of the project's tickets resolved on the covered days instead — bounded
 *       by project and window, but growing with that window's tickets. Pre-aggregating every pair of
 *       dimensions would multiply the rows by products of value counts on every day.</li>
 *   <li><b>Whole periods.</b> A query's days are widened to whole periods of its scheme, so a trend never
 *       shows a month with half its days; results say which days they {@code covered}.</li>
 *   <li><b>Same answer as the facts.</b> Rollup rows hold the values {@code metrics.Dimension} gives
 *       their tickets' facts, and every ticket counts once in its day's total and once per dimension; so every figure
 *       equals {@code FactAggregation} + {@code PeriodMetrics} over the same tickets. Priority and
 *       organisation are not in the rollup key; rollup queries refuse them with a field problem.</li>
 *   <li><b>Fully loaded.</b> A project's unallocated period overhead (settings
 *       {@code overhead.periodOverheads}) is spread over periods by days; a filtered group or a slice carries
 *       the part of it that its real resolutions are of the project's in that period.</li>
 *   <li><b>Settings per call.</b> Each query object takes the settings document it answers under; build
 *       one per request with the settings in force (cheap: no state, no caches).</li>
 * </ul>
 */
package io.balancepoint.dashboards;
