package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import java.util.List;
import java.util.Objects;

/**
 * What one recompute of a ticket wants stored: its computed cost lines (manual lines are not part of
 * it) and its facts.
 *
 * @param issueId       the ticket
 * @param computedLines every computed line the ticket has now; lines not listed are removed
 * @param facts         the ticket's facts; they must be of {@code issueId}
 */
public record TicketUpdate(long issueId, List<CostLine> computedLines, TicketFacts facts) {

    public TicketUpdate {
        computedLines = List.copyOf(computedLines);
        Objects.requireNonNull(facts, "facts");
        if (facts.issueId() != issueId) {
            throw new IllegalArgumentException("facts of issue " + facts.issueId() + " written for issue " + issueId);
        }
    }

    /** The update of the ticket the facts are of. */
    public static TicketUpdate of(List<CostLine> computedLines, TicketFacts facts) {
        return new TicketUpdate(facts.issueId(), computedLines, facts);
    }
}
