package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which tickets (or rollup rows) a metric covers: for each restricted dimension the values allowed.
 * A dimension that is not in the map is not restricted; one mapped to an empty set matches nothing.
 * Values are compared exactly, as {@link Dimension#valueOf} returns them ({@link Dimension#NO_VALUE} selects tickets without a value).
 */
public record DimensionFilter(Map<Dimension, Set<String>> allowed) {

    public DimensionFilter {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        if (allowed != null) {
            allowed.forEach((dimension, values) -> copy.put(dimension, values == null ? Set.of() : Set.copyOf(values)));
        }
        allowed = Collections.unmodifiableMap(copy);
    }

    /** No restriction. */
    public static DimensionFilter all() {
        return new DimensionFilter(Map.of());
    }

    /** This filter with {@code dimension} restricted to {@code values} (replacing any earlier restriction of it). */
    public DimensionFilter where(Dimension dimension, String... values) {
        Map<Dimension, Set<String>> next = new EnumMap<>(Dimension.class);
        next.putAll(allowed);
        next.put(dimension, Set.of(values));
        return new DimensionFilter(next);
    }

    public boolean matches(TicketFacts facts) {
        return matches(dimension -> dimension.valueOf(facts));
    }

    /**
     * Whether a row whose value in each dimension is given by {@code valueOf} passes (for rollup rows).
     * A row that has no value (null) for a restricted dimension does not match: it cannot be told apart.
     */
    public boolean matches(Function<Dimension, String> valueOf) {
        return allowed.entrySet().stream().allMatch(e -> {
            String value = valueOf.apply(e.getKey());
            return value != null && e.getValue().contains(value);
        });
    }
}
