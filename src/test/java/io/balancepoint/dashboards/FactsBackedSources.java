package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.store.RollupGrain;
import io.balancepoint.store.RollupRow;
import io.balancepoint.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Dashboard sources without a database: rollups summed from facts for every filter and grouping,
 * and every read recorded, so tests can check what a query asked for.
 */
final class FactsBackedSources implements RollupSource, FactsSource {

    /** One read: which project and which days (rollups or month rollups) or instants (facts; {@code until} null for open tickets). */
    record Read(String kind, String projectKey, Object from, Object until) {
    }

    private final List<TicketFacts> facts;
    private final ZoneId zone;
    private final List<Read> reads = new ArrayList<>();

    FactsBackedSources(List<TicketFacts> facts, ZoneId zone) {
        this.facts = List.copyOf(facts);
        this.zone = zone;
    }

    List<Read> reads() {
        return List.copyOf(reads);
    }

    @Override
    public List<RollupRow> rows(String projectKey, DateRange days, RollupGrain grain, DimensionFilter filter, Dimension groupBy) {
        reads.add(new Read(grain == RollupGrain.MONTH ? "month rollups" : "rollups", projectKey, days.from(), days.until()));
        FactSums sums = new FactSums(filter, groupBy, zone);
        facts.stream().filter(f -> f.projectKey().equals(projectKey) && f.isResolved()
                && days.contains(LocalDate.ofInstant(f.resolvedAt(), zone))).forEach(sums);
        return sums.rows();
    }

    @Override
    public void resolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        reads.add(new Read("resolved", projectKey, from, until));
        facts.stream()
                .filter(f -> f.projectKey().equals(projectKey) && f.isResolved()
                        && !f.resolvedAt().isBefore(from) && f.resolvedAt().isBefore(until))
                .forEach(action);
    }

    @Override
    public void open(String projectKey, Consumer<TicketFacts> action) {
        reads.add(new Read("open", projectKey, null, null));
        facts.stream().filter(f -> f.projectKey().equals(projectKey) && !f.isResolved()).forEach(action);
    }
}
