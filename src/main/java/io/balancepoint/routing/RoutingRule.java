package io.balancepoint.routing;

import io.balancepoint.ticket.TicketSnapshot;

/** One entry of the ordered routing rule list: when it applies and what it does. */
public record RoutingRule(String id, String name, boolean enabled, RuleConditions conditions, RuleAction action) {

    /** Enabled and its conditions accept the ticket. */
    public boolean matches(TicketSnapshot ticket, String customerTier) {
        return enabled && conditions.matches(ticket, customerTier);
    }
}
