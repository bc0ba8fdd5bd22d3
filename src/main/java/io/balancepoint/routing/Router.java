package io.balancepoint.routing;

import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.Optional;

/**
 * Routes a ticket by the ordered rules (SPEC §3): the first enabled rule whose conditions match
 * decides the support tier, the group and the assignee; no match sends the ticket to the fallback
 * tier without assigning it. Routing never lowers a ticket's tier: when the rules would place a
 * ticket below the tier it has (typically after an escalation, since a re-route cannot tell an
 * escalated tier from a routed one), the ticket keeps its tier, group and assignee.
 */
public final class Router {

    private Router() {
    }

    /**
     * @param customerTier the customer's tier ({@code CustomerTierResolver}), or null
     * @param trigger      {@link RoutingTrigger#CREATED} or {@link RoutingTrigger#RULE_CHANGE}
     * @param settings     valid routing settings
     * @throws IllegalArgumentException for an escalation trigger (see {@link Escalator})
     */
    public static RoutingDecision route(TicketSnapshot ticket, String customerTier, RoutingTrigger trigger,
                                        RoutingSettings settings, AssigneePools pools, Instant now) {
        if (trigger.isEscalation()) {
            throw new IllegalArgumentException(trigger + " is an escalation trigger; use Escalator");
        }
        return route(ticket, customerTier, trigger, ticket.supportTier(), settings, pools, now);
    }

    /** Routing as if the ticket's current tier were {@code currentTier} (null: as a new ticket). */
    static RoutingDecision route(TicketSnapshot ticket, String customerTier, RoutingTrigger trigger, String currentTier,
                                 RoutingSettings settings, AssigneePools pools, Instant now) {
        Optional<RoutingRule> rule = settings.firstMatch(ticket, customerTier);
        String target = settings.targetTier(ticket, customerTier);
        String ruleId = rule.map(RoutingRule::id).orElse(null);
        String routed = DecisionText.ticket(ticket, customerTier, rule.map(RoutingRule::conditions).orElse(null))
                + rule.map(r -> " -> rule '" + r.name() + "' -> " + target).orElse(" -> no rule matched -> fallback " + target);

        if (settings.rankOf(currentTier) > settings.rankOf(target)) {
            return new RoutingDecision(ticket.issueKey(), now, trigger, ruleId, currentTier, currentTier, null, null, null, null,
                    routed + ", but the ticket stays at " + currentTier + " (routing never lowers a tier)");
        }
        if (rule.isEmpty()) {
            return new RoutingDecision(ticket.issueKey(), now, trigger, null, currentTier, target, null, null, null, null,
                    routed + ", not assigned");
        }
        RuleAction action = rule.get().action();
        Assignment assignment = AssigneeSelector.select(action.assigneeGroup(), action.strategy(), pools);
        return new RoutingDecision(ticket.issueKey(), now, trigger, ruleId, currentTier, target, action.assigneeGroup(),
                assignment.assignee(), action.label(), action.setField(), routed + DecisionText.action(action, assignment));
    }
}
