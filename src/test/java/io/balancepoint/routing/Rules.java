package io.balancepoint.routing;

import java.util.List;

/** Test rules and settings. */
final class Rules {

    static final List<String> TIERS = List.of("L1", "L2", "L3", "Dedicated");

    private Rules() {
    }

    static RuleConditions when(List<String> customerTiers, List<String> requestTypes, List<String> channels,
                               List<String> priorities, List<String> organisations) {
        return new RuleConditions(customerTiers, requestTypes, channels, priorities, organisations);
    }

    static RuleConditions forCustomerTiers(String... tiers) {
        return when(List.of(tiers), List.of(), List.of(), List.of(), List.of());
    }

    static RuleAction to(String tier, String group, AssignmentStrategy strategy) {
        return new RuleAction(tier, group, strategy, null, null);
    }

    static RoutingRule rule(String id, RuleConditions conditions, RuleAction action) {
        return new RoutingRule(id, "Rule " + id, true, conditions, action);
    }

    static RoutingSettings settings(RoutingRule... rules) {
        return new RoutingSettings(TIERS, List.of(rules), EscalationSettings.defaults(), "L1");
    }
}
