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
import java.time.Instant;
import java.time.LocalDate;
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
 * exception on the dashboards.
 */
public record StoreSources(RollupStore rollups, FactsStore facts) implements RollupSource, FactsSource {

    public StoreSources {
        Objects.requireNonNull(rollups, "rollups");
        Objects.requireNonNull(facts, "facts");
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
        FactSums sums = new FactSums(filter, groupBy, rollups.zone());
        Instant until = days.until() == null ? Instant.ofEpochMilli(Long.MAX_VALUE) : startOf(days.until());
        facts.forEachResolvedBetween(projectKey, startOf(days.from()), until, filter, sums);
        return sums.rows();
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
