package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.DimensionFilter;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where dashboard queries read ticket facts from, always bounded by project and resolution
 * window so no query scans every ticket (the facts store, or a fake in tests).
 */
public interface FactsSource {

    /** Streams the project's tickets whose latest resolution is in [{@code from}, {@code until}). */
    void resolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action);

    /**
     * {@link #resolvedBetween} of only the tickets passing {@code filter}; a store narrows the read in
     * the database by the restricted dimensions.
     */
    default void resolvedBetween(String projectKey, Instant from, Instant until, DimensionFilter filter, Consumer<TicketFacts> action) {
        resolvedBetween(projectKey, from, until, f -> {
            if (filter.matches(f)) {
                action.accept(f);
            }
        });
    }

    /**
     * {@link #resolvedBetween} of only the tickets with a CSAT rating and a customer key; a store
     * reads just those rows.
     */
    default void ratedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        resolvedBetween(projectKey, from, until, f -> {
            if (f.csat() != null && f.customerKey() != null) {
                action.accept(f);
            }
        });
    }

    /** Streams the project's unresolved tickets. */
    void open(String projectKey, Consumer<TicketFacts> action);

    /**
     * {@link #resolvedBetween}, then {@link #open}, of only the tickets with more than
     * {@code labourAbove} logged seconds; a store narrows the read in the database.
     */
    default void withLabourAbove(String projectKey, Instant from, Instant until, long labourAbove, Consumer<TicketFacts> action) {
        Consumer<TicketFacts> above = f -> {
            if (f.labourSeconds() > labourAbove) {
                action.accept(f);
            }
        };
        resolvedBetween(projectKey, from, until, above);
        open(projectKey, above);
    }
}
