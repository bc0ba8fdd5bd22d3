package io.balancepoint.routing;

/** What caused a routing decision. */
public enum RoutingTrigger {
    /** A new request. */
    CREATED,
    /** The customer's follow-ups reached the escalation threshold. */
    FOLLOW_UP,
    /** The request was reopened. */
    REOPEN,
    /** An agent asked for escalation. */
    MANUAL,
    /** The routing rules changed and open requests are re-routed. */
    RULE_CHANGE;

    /** Follow-up, reopen and manual triggers move a ticket up one tier ({@link Escalator}); the others route it ({@link Router}). */
    public boolean isEscalation() {
        return this == FOLLOW_UP || this == REOPEN || this == MANUAL;
    }
}
