package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.time.Period;
import io.balancepoint.time.PeriodScheme;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sums ticket facts into {@link FactMeasures}: in total, by period, by dimension, or both. Only
 * tickets that pass {@code filter} are counted. Outputs are sorted (periods by start, dimension
 * values alphabetically) so they render and export in a stable order.
 *
 * <p>A ticket belongs to the period that contains the day of its <em>latest</em> resolution in
 * {@code zone}; unresolved tickets belong to no period and are left out of period groupings.
 * The facts must hold one row per ticket.
 *
 * @param currency the base currency (of every ticket's cost)
 * @param zone     the zone in which resolution instants become days
 */
public record FactAggregation(Currency currency, ZoneId zone, DimensionFilter filter) {

    /** Orders periods by their start (then end and label, so different schemes never collide). */
    public static final Comparator<Period> CHRONOLOGICAL =
            Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::label);

    public FactAggregation {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        filter = filter == null ? DimensionFilter.all() : filter;
    }

    /** The measures of every ticket that passes the filter, resolved or not. */
    public FactMeasures total(Collection<TicketFacts> facts) {
        FactMeasures sum = FactMeasures.zero(currency);
        for (TicketFacts f : facts) {
            if (filter.matches(f)) {
                sum = sum.plus(FactMeasures.of(f));
            }
        }
        return sum;
    }

    /** The measures of every ticket that passes the filter, by its value in {@code dimension}; resolved or not. */
    public NavigableMap<String, FactMeasures> byDimension(Collection<TicketFacts> facts, Dimension dimension) {
        NavigableMap<String, FactMeasures> groups = new TreeMap<>();
        for (TicketFacts f : facts) {
            if (filter.matches(f)) {
                groups.merge(dimension.valueOf(f), FactMeasures.of(f), FactMeasures::plus);
            }
        }
        return groups;
    }

    /** The measures of resolved tickets by the period of their latest resolution. */
    public NavigableMap<Period, FactMeasures> byPeriod(Collection<TicketFacts> facts, PeriodScheme scheme) {
        NavigableMap<Period, FactMeasures> groups = new TreeMap<>(CHRONOLOGICAL);
        for (TicketFacts f : facts) {
            if (f.isResolved() && filter.matches(f)) {
                groups.merge(periodOf(f, scheme), FactMeasures.of(f), FactMeasures::plus);
            }
        }
        return groups;
    }

    /** The measures of resolved tickets by period, then by value in {@code dimension}. */
    public NavigableMap<Period, NavigableMap<String, FactMeasures>> byPeriodAndDimension(
            Collection<TicketFacts> facts, PeriodScheme scheme, Dimension dimension) {
        NavigableMap<Period, NavigableMap<String, FactMeasures>> groups = new TreeMap<>(CHRONOLOGICAL);
        for (TicketFacts f : facts) {
            if (f.isResolved() && filter.matches(f)) {
                groups.computeIfAbsent(periodOf(f, scheme), p -> new TreeMap<>())
                        .merge(dimension.valueOf(f), FactMeasures.of(f), FactMeasures::plus);
            }
        }
        return groups;
    }

    /** The period of a resolved ticket: the one containing the day of its latest resolution in {@link #zone}. */
    public Period periodOf(TicketFacts resolved, PeriodScheme scheme) {
        return scheme.periodOf(resolved.resolvedAt().atZone(zone).toLocalDate());
    }
}
