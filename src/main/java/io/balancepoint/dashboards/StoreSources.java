package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupGrain;
import io.balancepoint.store.RollupKey;
import io.balancepoint.store.RollupQuery;
import io.balancepoint.store.RollupRow;
import io.balancepoint.store.RollupStore;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The dashboard sources on the Active Objects stores: indexed reads by project and day or resolution time.
 *
 * <p>Rollups keep each dimension on its own ({@link RollupKey}), so they answer an unfiltered read,
 * a read filtered on one dimension, and a read grouped by the same dimension it is filtered on. A
 * read that combines two dimensions (filtered on two, or filtered on one and grouped by another)
 * sums the facts of the project's tickets resolved in the window instead: bounded by project and
 * window through the facts' (project, resolved at) index, never a scan of all tickets, with the
 * filter's values narrowing the rows the database returns, but growing with the tickets of the
 * window. Keeping every pair of dimensions pre-aggregated would multiply the rollup rows by the
 * product of two value counts (agents × request types …) on every day, and combined filters are the
 * exception on the dashboards. Those sums are computed a calendar month at a time and kept in
 * {@code cache} while the month's tickets are unchanged ({@link #stampOf}), so a year-long combined
 * filter reads the facts of the months that changed since it was last asked.
 */
public record StoreSources(RollupStore rollups, FactsStore facts, WindowResultCache cache) implements RollupSource, FactsSource {

    public StoreSources {
        Objects.requireNonNull(rollups, "rollups");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(cache, "cache");
    }

    /** Sources that keep nothing between calls. */
    public StoreSources(RollupStore rollups, FactsStore facts) {
        this(rollups, facts, WindowResultCache.NONE);
    }

    /**
     * The change stamp of the project's tickets resolved on {@code days} (bounded): the write tokens
     * of the total rollup rows that cover them, month rows for whole months ({@link RollupStore#totalTokens}).
     * Equal stamps mean none of those tickets changed in between; read it before the facts.
     */
    public Object stampOf(String projectKey, DateRange days) {
        List<Object> stamp = new ArrayList<>();
        for (RollupSegments.Segment segment : RollupSegments.of(List.of(new Period(days.from(), days.until(), "stamp")))) {
            stamp.add(segment.grain());
            stamp.addAll(rollups.totalTokens(projectKey, segment.days(), segment.grain()));
        }
        return stamp;
    }

    @Override
    public List<RollupRow> rows(String projectKey, DateRange days, RollupGrain grain, DimensionFilter filter, Dimension groupBy) {
        Map<Dimension, Set<String>> restricted = new EnumMap<>(Dimension.class);
        restricted.putAll(filter.allowed());
        Set<String> projects = restricted.remove(Dimension.PROJECT);
        if (projects != null && !projects.contains(projectKey)) {
            return List.of();
        }
        Dimension rowsOf = groupBy == Dimension.PROJECT ? null : groupBy; // day totals carry their project
        if (restricted.isEmpty()) {
            return rollups.read(new RollupQuery(projectKey, days, rowsOf, null, grain));
        }
        if (restricted.size() == 1) {
            Map.Entry<Dimension, Set<String>> only = restricted.entrySet().iterator().next();
            if (RollupKey.BROKEN_DOWN.contains(only.getKey()) && (rowsOf == null || rowsOf == only.getKey())) {
                return only.getValue().isEmpty() ? List.of()
                        : rollups.read(new RollupQuery(projectKey, days, only.getKey(), only.getValue(), grain));
            }
        }
        // Day rows at any grain: a day row lies in the period its month row would.
        if (days.until() == null) {
            return summedFromFacts(projectKey, days, filter, groupBy);
        }
        List<RollupRow> rows = new ArrayList<>();
        for (DateRange month : calendarMonthsOf(days)) {
            rows.addAll(cache.get(new FilteredSums(projectKey, month, filter, groupBy), stampOf(projectKey, month),
                    () -> summedFromFacts(projectKey, month, filter, groupBy), List::size));
        }
        return rows;
    }

    /** The key of one month's summed facts in the cache (the zone is the rollups' own, fixed per store). */
    private record FilteredSums(String projectKey, DateRange days, DimensionFilter filter, Dimension groupBy) {
    }

    private List<RollupRow> summedFromFacts(String projectKey, DateRange days, DimensionFilter filter, Dimension groupBy) {
        FactSums sums = new FactSums(filter, groupBy, rollups.zone());
        Instant until = days.until() == null ? Instant.ofEpochMilli(Long.MAX_VALUE) : startOf(days.until());
        facts.forEachResolvedBetween(projectKey, startOf(days.from()), until, filter, sums);
        return List.copyOf(sums.rows());
    }

    /** [from, until) cut at the first of each month. */
    private static List<DateRange> calendarMonthsOf(DateRange days) {
        List<DateRange> months = new ArrayList<>();
        for (LocalDate from = days.from(); from.isBefore(days.until()); ) {
            LocalDate next = from.withDayOfMonth(1).plusMonths(1);
            LocalDate until = next.isBefore(days.until()) ? next : days.until();
            months.add(new DateRange(from, until));
            from = until;
        }
        return months;
    }

    @Override
    public void resolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        facts.forEachResolvedBetween(projectKey, from, until, action);
    }

    @Override
    public void resolvedBetween(String projectKey, Instant from, Instant until, DimensionFilter filter, Consumer<TicketFacts> action) {
        facts.forEachResolvedBetween(projectKey, from, until, filter, action);
    }

    @Override
    public void ratedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        facts.forEachRatedResolvedBetween(projectKey, from, until, action);
    }

    @Override
    public void open(String projectKey, Consumer<TicketFacts> action) {
        facts.forEachOpen(projectKey, action);
    }

    @Override
    public void withLabourAbove(String projectKey, Instant from, Instant until, long labourAbove, Consumer<TicketFacts> action) {
        facts.forEachResolvedBetween(projectKey, from, until, labourAbove, action);
        facts.forEachOpen(projectKey, labourAbove, action);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(rollups.zone()).toInstant();
    }
}
