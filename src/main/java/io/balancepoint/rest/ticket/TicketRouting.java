package io.balancepoint.rest.ticket;

import io.balancepoint.routing.RoutingDecision;
import java.util.List;

/**
 * Body of {@code GET tickets/{ticket}/routing}: the ticket's routing and escalation decisions, oldest
 * first, each with its one-line explanation.
 *
 * @param supportTier the tier the latest decision set, or null when the app never routed the ticket
 */
public record TicketRouting(String issueKey, String supportTier, List<RoutingDecision> decisions) {

    public TicketRouting {
        decisions = List.copyOf(decisions);
    }

    static TicketRouting of(String issueKey, List<RoutingDecision> decisions) {
        return new TicketRouting(issueKey, decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).tierAfter(),
                decisions);
    }
}
