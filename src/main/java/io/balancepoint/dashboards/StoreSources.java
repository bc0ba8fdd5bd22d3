package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupQuery;
import io.balancepoint.store.RollupRow;
import io.balancepoint.store.RollupStore;
import io.balancepoint.time.DateRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The dashboard sources on the Active Objects stores: indexed reads by project and day or resolution time. */
public record StoreSources(RollupStore rollups, FactsStore facts) implements RollupSource, FactsSource {

    public StoreSources {
        Objects.requireNonNull(rollups, "rollups");
        Objects.requireNonNull(facts, "facts");
    }

    @Override
    public List<RollupRow> rows(String projectKey, DateRange days) {
        return rollups.read(RollupQuery.of(projectKey, days));
    }

    @Override
    public void resolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        facts.forEachResolvedBetween(projectKey, from, until, action);
    }

    @Override
    public void open(String projectKey, Consumer<TicketFacts> action) {
        facts.forEachOpen(projectKey, action);
    }
}
