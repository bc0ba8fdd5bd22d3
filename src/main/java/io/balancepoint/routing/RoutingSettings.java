package io.balancepoint.routing;

import io.balancepoint.validation.Copies;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Routing (SPEC §3): the support tiers, the ordered rule list (first enabled match wins),
 * escalation, and the tier of tickets no rule matches.
 *
 * @param supportTiers        support tier names, lowest first; escalation climbs this list
 * @param fallbackSupportTier where tickets go when no rule matches
 */
public record RoutingSettings(
        List<String> supportTiers,
        List<RoutingRule> rules,
        EscalationSettings escalation,
        String fallbackSupportTier) {

    public RoutingSettings {
        supportTiers = Copies.list(supportTiers);
        rules = Copies.list(rules);
    }

    /**
     * L1, L2, L3, Dedicated; fallback L1; default escalation; one rule from the seeds' guidance:
     * Platinum customers go to the dedicated tier (left unassigned until the admin names a group).
     */
    public static RoutingSettings defaults() {
        RoutingRule platinum = new RoutingRule("platinum-dedicated", "Platinum customers to the dedicated team", true,
                new RuleConditions(List.of("Platinum"), List.of(), List.of(), List.of(), List.of()),
                new RuleAction("Dedicated", null, AssignmentStrategy.UNASSIGNED, null, null));
        return new RoutingSettings(List.of("L1", "L2", "L3", "Dedicated"), List.of(platinum),
                EscalationSettings.defaults(), "L1");
    }

    /** The assignee groups the rules name (what a host reads candidates of before routing). */
    public Set<String> assigneeGroups() {
        Set<String> groups = new TreeSet<>();
        for (RoutingRule rule : rules) {
            if (rule != null && rule.action() != null && rule.action().assigneeGroup() != null) {
                groups.add(rule.action().assigneeGroup());
            }
        }
        return groups;
    }

    /** Position of {@code tier} from the lowest (0); -1 when it is null or not a configured support tier. */
    public int rankOf(String tier) {
        return tier == null ? -1 : supportTiers.indexOf(tier);
    }

    /** The support tier directly above {@code tier}; empty at the top (or for an unknown tier). */
    public Optional<String> tierAbove(String tier) {
        int rank = rankOf(tier);
        return rank < 0 || rank + 1 >= supportTiers.size() ? Optional.empty() : Optional.of(supportTiers.get(rank + 1));
    }

    /** The first enabled rule that accepts the ticket. */
    public Optional<RoutingRule> firstMatch(TicketSnapshot ticket, String customerTier) {
        return rules.stream().filter(r -> r.matches(ticket, customerTier)).findFirst();
    }

    /** The support tier the rules give the ticket: the first match's, else the fallback. */
    public String targetTier(TicketSnapshot ticket, String customerTier) {
        return firstMatch(ticket, customerTier).map(r -> r.action().supportTier()).orElse(fallbackSupportTier);
    }

    /** The first enabled rule that accepts the ticket and routes to {@code supportTier}: how a ticket is placed inside a tier it was escalated to. */
    public Optional<RoutingRule> firstMatchInTier(TicketSnapshot ticket, String customerTier, String supportTier) {
        return rules.stream()
                .filter(r -> supportTier.equals(r.action().supportTier()))
                .filter(r -> r.matches(ticket, customerTier))
                .findFirst();
    }

    /** Reports every problem, with paths relative to this section. Customer tier names are checked by {@link #validateCustomerTiers}. */
    public void validate(Problems problems) {
        if (supportTiers.isEmpty()) {
            problems.add("supportTiers", "must name at least one support tier");
        }
        NameChecks.checkEntries(problems, "supportTiers", supportTiers, false);
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            validateRule(problems.at("rules").at(i), i, firstIndex);
        }
        if (problems.required(escalation, "escalation")) {
            escalation.validate(problems.at("escalation"));
        }
        NameChecks.checkReference(problems, "fallbackSupportTier", fallbackSupportTier, supportTiers, "support tier");
    }

    /** Reports rule conditions naming customer tiers that are not among {@code customerTiers} (the tiering section's tiers). */
    public void validateCustomerTiers(Problems problems, List<String> customerTiers) {
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule rule = rules.get(i);
            if (rule != null && rule.conditions() != null) {
                rule.conditions().validateCustomerTiers(problems.at("rules").at(i).at("conditions"), customerTiers);
            }
        }
    }

    private void validateRule(Problems at, int index, Map<String, Integer> firstIndex) {
        RoutingRule rule = rules.get(index);
        if (rule == null) {
            at.add("must not be null");
            return;
        }
        if (rule.id() == null || rule.id().isBlank()) {
            at.add("id", "is required");
        } else {
            Integer earlier = firstIndex.putIfAbsent(rule.id(), index);
            if (earlier != null) {
                at.add("id", "duplicates rules[" + earlier + "].id '" + rule.id() + "'");
            }
        }
        if (rule.name() == null || rule.name().isBlank()) {
            at.add("name", "is required");
        }
        if (at.required(rule.conditions(), "conditions")) {
            rule.conditions().validate(at.at("conditions"));
        }
        if (at.required(rule.action(), "action")) {
            rule.action().validate(at.at("action"), supportTiers);
        }
    }
}
