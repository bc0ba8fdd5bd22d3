package io.balancepoint.routing;

import io.balancepoint.ticket.TicketSnapshot;

/** The pieces of a decision's one-line explanation, so routing and escalation read alike. */
final class DecisionText {

    private DecisionText() {
    }

    /**
     * What routing saw: "Gold customer, request type 'Outage' via phone", plus the priority and
     * organisation when the deciding rule's conditions looked at them.
     *
     * @param deciding the conditions of the deciding rule, or null
     */
    static String ticket(TicketSnapshot ticket, String customerTier, RuleConditions deciding) {
        StringBuilder text = new StringBuilder();
        text.append(customerTier == null ? "customer without a tier" : customerTier + " customer");
        text.append(ticket.requestType() == null ? ", no request type" : ", request type '" + ticket.requestType() + "'");
        text.append(ticket.channel() == null ? " via an unknown channel" : " via " + ticket.channel());
        if (deciding != null && !deciding.priorities().isEmpty()) {
            text.append(", priority ").append(ticket.priority());
        }
        if (deciding != null && !deciding.organisations().isEmpty()) {
            text.append(", organisation '").append(ticket.organisation()).append('\'');
        }
        return text.toString();
    }

    /** What the action does: ", assigned to alice (fewest open tickets: 3)", then any label or field it sets. */
    static String action(RuleAction action, Assignment assignment) {
        StringBuilder text = new StringBuilder();
        if (assignment.assigned()) {
            text.append(", assigned to ").append(assignment.assignee()).append(" (").append(assignment.reason()).append(')');
        } else {
            text.append(", ").append(assignment.reason());
        }
        if (action.label() != null) {
            text.append(", label '").append(action.label()).append('\'');
        }
        if (action.setField() != null) {
            text.append(", sets ").append(action.setField().field()).append(" = '").append(action.setField().value()).append('\'');
        }
        return text.toString();
    }
}
