package io.balancepoint.routing;

import io.balancepoint.ticket.Interactions;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Escalation (SPEC §3): customer follow-ups reaching the threshold, a reopen, or an agent's request
 * move a ticket up exactly one support tier, never down, and re-route it inside the new tier.
 *
 * <p>Each cause escalates once per occurrence, judged against the ticket's earlier decisions so
 * that evaluating the same snapshot again (a repeated event, the reconcile job) changes nothing:
 * <ul>
 *   <li>follow-ups: one escalation each time the {@link Interactions#customerFollowUps() follow-up count} reaches another
 *       multiple of the threshold (3, 6, 9, … by default), i.e. while
 *       {@code count / threshold} exceeds the earlier FOLLOW_UP decisions;</li>
 *   <li>reopen: while the ticket's reopens exceed the earlier REOPEN decisions;</li>
 *   <li>manual: every request (it is an explicit act), when allowed.</li>
 * </ul>
 * When several occurrences are outstanding (three thresholds crossed between two evaluations), one
 * evaluation still moves one tier; the next evaluation moves the next.
 *
 * <p>Inside the new tier the ticket goes to the first enabled rule that routes to that tier and
 * whose conditions accept the ticket; when there is none, the tier changes but group and assignee
 * are left as they are. A ticket without a configured tier escalates from the tier the rules would
 * give it. At the top tier the decision says so and changes nothing.
 */
public final class Escalator {

    private Escalator() {
    }

    /**
     * @param trigger           {@link RoutingTrigger#FOLLOW_UP}, {@link RoutingTrigger#REOPEN} or {@link RoutingTrigger#MANUAL}
     * @param previousDecisions this ticket's recorded decisions, any order
     * @param settings          valid routing settings
     * @return the decision, or empty when the trigger is turned off or nothing new is due
     * @throws IllegalArgumentException for a non-escalation trigger, or decisions of another ticket
     */
    public static Optional<RoutingDecision> escalate(TicketSnapshot ticket, String customerTier, RoutingTrigger trigger,
                                                     List<RoutingDecision> previousDecisions, RoutingSettings settings,
                                                     AssigneePools pools, Instant now) {
        if (!trigger.isEscalation()) {
            throw new IllegalArgumentException(trigger + " does not escalate; use Router");
        }
        for (RoutingDecision previous : previousDecisions) {
            if (!previous.issueKey().equals(ticket.issueKey())) {
                throw new IllegalArgumentException("decision of " + previous.issueKey() + " passed for " + ticket.issueKey());
            }
        }
        return cause(ticket, trigger, previousDecisions, settings.escalation())
                .map(cause -> moveUp(ticket, customerTier, trigger, cause, settings, pools, now));
    }

    /** Why the ticket escalates now, or empty when it does not. */
    private static Optional<String> cause(TicketSnapshot ticket, RoutingTrigger trigger, List<RoutingDecision> previous,
                                          EscalationSettings escalation) {
        long handled = previous.stream().filter(d -> d.trigger() == trigger).count();
        return switch (trigger) {
            case FOLLOW_UP -> {
                int followUps = Interactions.of(ticket).customerFollowUps();
                int threshold = escalation.followUpThreshold();
                yield followUps / threshold > handled
                        ? Optional.of(followUps + " customer follow-ups (threshold " + threshold + ")")
                        : Optional.empty();
            }
            case REOPEN -> {
                int reopens = ticket.reopenCount();
                yield escalation.escalateOnReopen() && reopens > handled
                        ? Optional.of(reopens == 1 ? "reopened" : "reopened (" + reopens + " reopens)")
                        : Optional.empty();
            }
            case MANUAL -> escalation.allowManual() ? Optional.of("escalation requested by an agent") : Optional.empty();
            case CREATED, RULE_CHANGE -> throw new AssertionError("checked by escalate");
        };
    }

    private static RoutingDecision moveUp(TicketSnapshot ticket, String customerTier, RoutingTrigger trigger, String cause,
                                          RoutingSettings settings, AssigneePools pools, Instant now) {
        String current = ticket.supportTier();
        String from = current;
        String text = cause;
        if (settings.rankOf(current) < 0) {
            from = settings.targetTier(ticket, customerTier);
            text += " -> " + (current == null ? "no support tier yet" : "support tier '" + current + "' is not configured")
                    + ", rules place it at " + from;
        }
        Optional<String> target = settings.tierAbove(from);
        if (target.isEmpty()) {
            return new RoutingDecision(ticket.issueKey(), now, trigger, null, current, from, null, null, null, null,
                    text + " -> already at the top tier " + from + ", stays");
        }
        String to = target.get();
        text += " -> escalated " + from + " -> " + to;
        Optional<RoutingRule> rule = settings.firstMatchInTier(ticket, customerTier, to);
        if (rule.isEmpty()) {
            return new RoutingDecision(ticket.issueKey(), now, trigger, null, current, to, null, null, null, null,
                    text + ", no rule for " + to + " matches, group and assignee unchanged");
        }
        RuleAction action = rule.get().action();
        Assignment assignment = AssigneeSelector.select(action.assigneeGroup(), action.strategy(), pools);
        return new RoutingDecision(ticket.issueKey(), now, trigger, rule.get().id(), current, to, action.assigneeGroup(),
                assignment.assignee(), action.label(), action.setField(),
                text + " by rule '" + rule.get().name() + "'" + DecisionText.action(action, assignment));
    }
}
