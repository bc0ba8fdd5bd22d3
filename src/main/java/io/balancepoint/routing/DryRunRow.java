package io.balancepoint.routing;

import java.util.Objects;

/** What the candidate rules would do with one ticket, next to the tier it has today. */
public record DryRunRow(String issueKey, String currentTier, RoutingDecision decision) {

    /** The candidate rules would put the ticket in another tier than it has today. */
    public boolean tierChanges() {
        return !Objects.equals(currentTier, decision.tierAfter());
    }
}
