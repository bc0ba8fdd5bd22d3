package io.balancepoint.store;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.time.DateRange;
import java.util.Objects;
import java.util.Set;

/**
 * Which rollup rows to read: one project, one grain and the resolution days in {@code days}, either the
 * totals ({@code dimension} null) or the rows of one dimension, optionally only those with one of
 * {@code values} (null = every value; values as {@link Dimension#normalised} gives them). Month rows are
 * read for whole months only: {@code days} must then start and end on a month's first day.
 */
public record RollupQuery(String projectKey, DateRange days, Dimension dimension, Set<String> values, RollupGrain grain) {

    public RollupQuery {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(grain, "grain");
        if (grain == RollupGrain.MONTH && (days.from().getDayOfMonth() != 1
                || (days.until() != null && days.until().getDayOfMonth() != 1))) {
            throw new IllegalArgumentException("month rows cover whole months; " + days + " does not start and end on a month's first day");
        }
        if (dimension != null && !RollupKey.BROKEN_DOWN.contains(dimension)) {
            throw new IllegalArgumentException(dimension + " has no rollup rows of its own; use one of " + RollupKey.BROKEN_DOWN);
        }
        if (values != null) {
            if (dimension == null) {
                throw new IllegalArgumentException("values select rows of a dimension; day totals have none");
            }
            values = Set.copyOf(values);
        }
    }

    /** Day rows. */
    public RollupQuery(String projectKey, DateRange days, Dimension dimension, Set<String> values) {
        this(projectKey, days, dimension, values, RollupGrain.DAY);
    }

    /** The day totals of a project in a date range. */
    public static RollupQuery totals(String projectKey, DateRange days) {
        return new RollupQuery(projectKey, days, null, null);
    }

    /** Every row of {@code dimension} of a project in a date range. */
    public static RollupQuery by(String projectKey, DateRange days, Dimension dimension) {
        return new RollupQuery(projectKey, days, Objects.requireNonNull(dimension, "dimension"), null);
    }

    /** This query restricted to rows whose value is one of {@code allowed}. */
    public RollupQuery withValues(Set<String> allowed) {
        return new RollupQuery(projectKey, days, dimension, allowed, grain);
    }

    /** This query on rows of {@code rowsOf} grain. */
    public RollupQuery at(RollupGrain rowsOf) {
        return new RollupQuery(projectKey, days, dimension, values, rowsOf);
    }
}
