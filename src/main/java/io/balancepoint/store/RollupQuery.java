package io.balancepoint.store;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.time.DateRange;
import java.util.Objects;
import java.util.Set;

/**
 * Which day rollup rows to read: one project and the resolution days in {@code days}, either the
 * day totals ({@code dimension} null) or the rows of one dimension, optionally only those with one of
 * {@code values} (null = every value; values as {@link Dimension#normalised} gives them).
 */
public record RollupQuery(String projectKey, DateRange days, Dimension dimension, Set<String> values) {

    public RollupQuery {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(days, "days");
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
        return new RollupQuery(projectKey, days, dimension, allowed);
    }
}
