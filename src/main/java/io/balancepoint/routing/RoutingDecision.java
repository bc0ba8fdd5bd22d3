package io.balancepoint.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded routing or escalation decision (SPEC §3), shown to agents on the ticket. Fields the
 * decision does not set are null, meaning "leave as it is": a ticket kept at its tier keeps its
 * group and assignee.
 *
 * @param matchedRuleId the rule that decided, or null (fallback, no rule for the escalated tier, top tier)
 * @param tierBefore    the ticket's support tier before, or null when it had none
 * @param tierAfter     the support tier the ticket has after the decision
 * @param assigneeGroup the group to route to, or null
 * @param assignee      the user to assign, or null
 * @param label         a label to add, or null
 * @param setField      a field to set, or null
 * @param explanation   one line for people: what was seen, which rule, which tier, who and why
 */
public record RoutingDecision(
        String issueKey,
        Instant at,
        RoutingTrigger trigger,
        String matchedRuleId,
        String tierBefore,
        String tierAfter,
        String assigneeGroup,
        String assignee,
        String label,
        FieldUpdate setField,
        String explanation) {

    public RoutingDecision {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(tierAfter, "tierAfter");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean tierChanged() {
        return !tierAfter.equals(tierBefore);
    }
}
