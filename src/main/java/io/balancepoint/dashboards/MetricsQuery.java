package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.store.RollupKey;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import io.balancepoint.time.PeriodScheme;
import io.balancepoint.validation.Problems;
import java.util.List;

/**
 * What a rollup-based dashboard item asks for: one project, a range of days, how the days are cut
 * into periods, and which tickets count.
 *
 * <p>A query always covers <em>whole periods</em>: {@code days} is widened to the start of the
 * period holding its first day and to the end of the period holding its last day
 * ({@link #covered()}), so no period is shown with some of its days left out.
 *
 * @param days   [from, until); {@code until} is required (a dashboard shows a closed range)
 * @param scheme calendar periods ({@link io.balancepoint.time.Granularity}) or a level of the fiscal
 *               calendar ({@link io.balancepoint.budget.FiscalCalendar#scheme})
 * @param filter null for every ticket; may restrict only the dimensions rollups keep ({@link RollupKey#DIMENSIONS})
 */
public record MetricsQuery(String projectKey, DateRange days, PeriodScheme scheme, DimensionFilter filter) {

    /** The longest range accepted: ten years. */
    public static final int MAX_DAYS = 3660;
    /** The most periods a query may cover (e.g. days of almost three years). */
    public static final int MAX_PERIODS = 1000;

    public MetricsQuery {
        filter = filter == null ? DimensionFilter.all() : filter;
    }

    /** Every ticket of the project. */
    public static MetricsQuery of(String projectKey, DateRange days, PeriodScheme scheme) {
        return new MetricsQuery(projectKey, days, scheme, DimensionFilter.all());
    }

    /** Reports every problem of the query at once, under the names of its components. */
    public void validate(Problems problems) {
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
        boolean daysUsable = problems.required(days, "days") && checkClosed(problems);
        boolean schemeUsable = problems.required(scheme, "scheme");
        Problems filterProblems = problems.at("filter");
        for (Dimension dimension : filter.allowed().keySet()) {
            checkRollupDimension(dimension, filterProblems, dimension.name());
        }
        if (daysUsable && schemeUsable) {
            int count = periods().size();
            if (count > MAX_PERIODS) {
                problems.add("scheme", "cuts the range into " + count + " periods, more than " + MAX_PERIODS
                        + "; choose a coarser period or a shorter range");
            }
        }
    }

    /** Throws {@link io.balancepoint.validation.InvalidInputException} with every problem, if any. */
    public void requireValid() {
        Problems problems = new Problems();
        validate(problems);
        problems.throwIfAny("invalid metrics query");
    }

    /** The whole periods the query covers, in order; for a valid query. */
    public List<Period> periods() {
        Period first = scheme.periodOf(days.from());
        Period last = scheme.periodOf(days.until().minusDays(1));
        return scheme.periodsBetween(first.start(), last.end());
    }

    /** The days of {@link #periods()}: {@code days} widened to whole periods; for a valid query. */
    public DateRange covered() {
        List<Period> periods = periods();
        return new DateRange(periods.getFirst().start(), periods.getLast().end());
    }

    /** Reports {@code dimension} under {@code field} when rollups cannot be filtered or grouped by it. */
    static void checkRollupDimension(Dimension dimension, Problems problems, String field) {
        if (!RollupKey.DIMENSIONS.contains(dimension)) {
            problems.add(field, dimension + " is not kept in the pre-aggregated rollups; use one of "
                    + RollupKey.DIMENSIONS.stream().map(Dimension::name).sorted().toList());
        }
    }

    private boolean checkClosed(Problems problems) {
        if (days.until() == null) {
            problems.at("days").add("until", "is required: a dashboard covers a closed range of days");
            return false;
        }
        long span = days.until().toEpochDay() - days.from().toEpochDay();
        if (span > MAX_DAYS) {
            problems.add("days", "spans " + span + " days, more than " + MAX_DAYS);
            return false;
        }
        return true;
    }
}
