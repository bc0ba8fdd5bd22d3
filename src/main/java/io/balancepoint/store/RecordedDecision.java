package io.balancepoint.store;

import io.balancepoint.routing.RoutingDecision;
import java.util.Objects;

/** A stored routing decision with the ticket it was made for. */
public record RecordedDecision(long issueId, String projectKey, RoutingDecision decision) {

    public RecordedDecision {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(decision, "decision");
    }
}
