package io.balancepoint.routing;

/**
 * Port: carries a routing or escalation decision out on the ticket in the host (Jira: set the
 * support tier field or label, the assignee group, the label or field of the rule, and assign through
 * {@code IssueService} as the app user; the workbench: its in-memory desk). Fields the decision leaves
 * null are left as they are. Called in the background, never on an event thread; it may throw for a
 * failure a later attempt can cure, and the decision is then not recorded (the ticket is decided
 * again on its next recompute).
 */
public interface RoutingActuator {

    /** Applies {@code decision} to the issue {@code issueId}. */
    void apply(long issueId, RoutingDecision decision);
}
