package io.balancepoint.routing;

import static io.balancepoint.routing.AssignmentStrategy.LEAST_OPEN;
import static io.balancepoint.routing.AssignmentStrategy.ROUND_ROBIN;
import static io.balancepoint.routing.AssignmentStrategy.UNASSIGNED;
import static io.balancepoint.routing.Rules.forCustomerTiers;
import static io.balancepoint.routing.Rules.rule;
import static io.balancepoint.routing.Rules.settings;
import static io.balancepoint.routing.Rules.to;
import static io.balancepoint.routing.Rules.when;
import static io.balancepoint.routing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:05Z");
    private static final AssigneePools POOLS = new AssigneePools(Map.of(
            "network", List.of(new PoolMember("bob", 5, null), new PoolMember("alice", 3, null)),
            "desk", List.of(new PoolMember("carol", 0, null), new PoolMember("dave", 1, null))));

    private static RoutingDecision route(TicketSnapshot ticket, String customerTier, RoutingSettings settings) {
        return Router.route(ticket, customerTier, RoutingTrigger.CREATED, settings, POOLS, NOW);
    }

    @Test
    void explainsTheDecisionInOneLine() {
        RoutingRule vip = new RoutingRule("vip-outages", "VIP outages", true,
                when(List.of("Gold", "Platinum"), List.of("Outage"), List.of(), List.of(), List.of()),
                to("L2", "network", LEAST_OPEN));

        RoutingDecision decision = route(ticket().key("SD-7").requestType("Outage").channel("phone").build(), "Gold", settings(vip));

        assertThat(decision.explanation())
                .isEqualTo("Gold customer, request type 'Outage' via phone -> rule 'VIP outages' -> L2, assigned to alice (fewest open tickets: 3)");
        assertThat(decision.issueKey()).isEqualTo("SD-7");
        assertThat(decision.at()).isEqualTo(NOW);
        assertThat(decision.trigger()).isEqualTo(RoutingTrigger.CREATED);
        assertThat(decision.matchedRuleId()).isEqualTo("vip-outages");
        assertThat(decision.tierBefore()).isNull();
        assertThat(decision.tierAfter()).isEqualTo("L2");
        assertThat(decision.assigneeGroup()).isEqualTo("network");
        assertThat(decision.assignee()).isEqualTo("alice");
        assertThat(decision.tierChanged()).isTrue();
    }

    @Test
    void firstMatchingRuleWinsEvenWhenALaterOneAlsoMatches() {
        RoutingSettings settings = settings(
                rule("gold", forCustomerTiers("Gold"), to("L2", "network", LEAST_OPEN)),
                rule("everyone", RuleConditions.any(), to("L1", "desk", LEAST_OPEN)));

        assertThat(route(ticket().build(), "Gold", settings).matchedRuleId()).isEqualTo("gold");
        assertThat(route(ticket().build(), "Basic", settings).matchedRuleId()).isEqualTo("everyone");

        RoutingSettings reversed = settings(settings.rules().get(1), settings.rules().get(0));
        assertThat(route(ticket().build(), "Gold", reversed).matchedRuleId()).isEqualTo("everyone");
    }

    @Test
    void disabledRulesAreSkipped() {
        RoutingRule off = new RoutingRule("off", "Switched off", false, RuleConditions.any(), to("L3", "network", LEAST_OPEN));
        RoutingSettings settings = settings(off, rule("on", RuleConditions.any(), to("L2", "desk", LEAST_OPEN)));

        RoutingDecision decision = route(ticket().build(), "Gold", settings);

        assertThat(decision.matchedRuleId()).isEqualTo("on");
        assertThat(decision.tierAfter()).isEqualTo("L2");
    }

    @Test
    void eachConditionTypeFiltersOnItsOwnField() {
        RoutingSettings byTier = settings(rule("r", forCustomerTiers("Platinum"), to("L3", "desk", UNASSIGNED)));
        assertThat(route(ticket().build(), "Platinum", byTier).matchedRuleId()).isEqualTo("r");
        assertThat(route(ticket().build(), "Gold", byTier).matchedRuleId()).isNull();
        assertThat(route(ticket().build(), null, byTier).matchedRuleId()).isNull();

        RoutingSettings byType = settings(rule("r", when(List.of(), List.of("Outage", "Incident"), List.of(), List.of(), List.of()),
                to("L2", "desk", UNASSIGNED)));
        assertThat(route(ticket().requestType("incident").build(), "Basic", byType).matchedRuleId()).isEqualTo("r");
        assertThat(route(ticket().requestType("Question").build(), "Basic", byType).matchedRuleId()).isNull();
        assertThat(route(ticket().requestType(null).build(), "Basic", byType).matchedRuleId()).isNull();

        RoutingSettings byChannel = settings(rule("r", when(List.of(), List.of(), List.of("Phone"), List.of(), List.of()),
                to("L2", "desk", UNASSIGNED)));
        assertThat(route(ticket().channel("phone").build(), "Basic", byChannel).matchedRuleId()).isEqualTo("r");
        assertThat(route(ticket().channel("email").build(), "Basic", byChannel).matchedRuleId()).isNull();

        RoutingSettings byPriority = settings(rule("r", when(List.of(), List.of(), List.of(), List.of("Highest", "High"), List.of()),
                to("L2", "desk", UNASSIGNED)));
        assertThat(route(ticket().priority("High").build(), "Basic", byPriority).matchedRuleId()).isEqualTo("r");
        assertThat(route(ticket().priority("Low").build(), "Basic", byPriority).matchedRuleId()).isNull();
        assertThat(route(ticket().priority(null).build(), "Basic", byPriority).matchedRuleId()).isNull();

        RoutingSettings byOrganisation = settings(rule("r", when(List.of(), List.of(), List.of(), List.of(), List.of("Acme")),
                to("L2", "desk", UNASSIGNED)));
        assertThat(route(ticket().organisation("ACME").build(), "Basic", byOrganisation).matchedRuleId()).isEqualTo("r");
        assertThat(route(ticket().organisation("Globex").build(), "Basic", byOrganisation).matchedRuleId()).isNull();
        assertThat(route(ticket().organisation(null).build(), "Basic", byOrganisation).matchedRuleId()).isNull();
    }

    @Test
    void allConditionsOfARuleMustHoldAndEmptyListsAcceptAnything() {
        RoutingSettings settings = settings(rule("r",
                when(List.of("Gold"), List.of("Outage"), List.of("phone"), List.of("High"), List.of("Acme")),
                to("L2", "desk", UNASSIGNED)));
        TicketBuilder full = ticket().requestType("Outage").channel("phone").priority("High").organisation("Acme");
        assertThat(route(full.build(), "Gold", settings).matchedRuleId()).isEqualTo("r");
        assertThat(route(full.channel("chat").build(), "Gold", settings).matchedRuleId()).isNull();

        RoutingSettings any = settings(rule("any", RuleConditions.any(), to("L2", "desk", UNASSIGNED)));
        TicketSnapshot bare = ticket().requestType(null).channel(null).priority(null).organisation(null).build();
        assertThat(route(bare, null, any).matchedRuleId()).isEqualTo("any");
    }

    @Test
    void noMatchGoesToTheFallbackTierUnassigned() {
        RoutingSettings settings = settings(rule("gold", forCustomerTiers("Gold"), to("L2", "network", LEAST_OPEN)));

        RoutingDecision decision = route(ticket().build(), "Basic", settings);

        assertThat(decision.matchedRuleId()).isNull();
        assertThat(decision.tierAfter()).isEqualTo("L1");
        assertThat(decision.assigneeGroup()).isNull();
        assertThat(decision.assignee()).isNull();
        assertThat(decision.explanation())
                .isEqualTo("Basic customer, request type 'Question' via email -> no rule matched -> fallback L1, not assigned");
    }

    @Test
    void actionLabelAndFieldAreCarriedAndExplained() {
        RoutingRule rule = new RoutingRule("p1", "P1 incidents", true,
                when(List.of(), List.of(), List.of(), List.of("Highest"), List.of("Acme")),
                new RuleAction("L3", "network", UNASSIGNED, "p1", new FieldUpdate("customfield_10400", "Major")));

        RoutingDecision decision = route(ticket().priority("Highest").organisation("Acme").build(), null, settings(rule));

        assertThat(decision.label()).isEqualTo("p1");
        assertThat(decision.setField()).isEqualTo(new FieldUpdate("customfield_10400", "Major"));
        assertThat(decision.assignee()).isNull();
        assertThat(decision.explanation()).isEqualTo("customer without a tier, request type 'Question' via email, priority Highest, "
                + "organisation 'Acme' -> rule 'P1 incidents' -> L3, left unassigned in group 'network', label 'p1', "
                + "sets customfield_10400 = 'Major'");
    }

    @Test
    void roundRobinAndEmptyGroupsAreExplained() {
        RoutingSettings rr = settings(rule("rr", RuleConditions.any(), to("L1", "desk", ROUND_ROBIN)));
        assertThat(route(ticket().build(), "Basic", rr).explanation()).endsWith("-> L1, assigned to carol (round robin, first in rotation)");

        RoutingSettings ghost = settings(rule("g", RuleConditions.any(), to("L1", "ghosts", LEAST_OPEN)));
        RoutingDecision decision = route(ticket().requestType(null).channel(null).build(), "Basic", ghost);
        assertThat(decision.assigneeGroup()).isEqualTo("ghosts");
        assertThat(decision.assignee()).isNull();
        assertThat(decision.explanation()).isEqualTo(
                "Basic customer, no request type via an unknown channel -> rule 'Rule g' -> L1, group 'ghosts' has no members to assign, left unassigned");
    }

    @Test
    void reRoutingNeverLowersATicketsTier() {
        RoutingSettings settings = settings(rule("general", RuleConditions.any(), to("L1", "desk", LEAST_OPEN)));

        RoutingDecision kept = Router.route(ticket().tier("L3").build(), "Basic", RoutingTrigger.RULE_CHANGE, settings, POOLS, NOW);

        assertThat(kept.tierBefore()).isEqualTo("L3");
        assertThat(kept.tierAfter()).isEqualTo("L3");
        assertThat(kept.matchedRuleId()).isEqualTo("general");
        assertThat(kept.assigneeGroup()).isNull();
        assertThat(kept.assignee()).isNull();
        assertThat(kept.tierChanged()).isFalse();
        assertThat(kept.explanation()).isEqualTo("Basic customer, request type 'Question' via email -> rule 'Rule general' -> L1, "
                + "but the ticket stays at L3 (routing never lowers a tier)");
    }

    @Test
    void reRoutingMayRaiseOrKeepTheTierAndThenAppliesTheRule() {
        RoutingSettings settings = settings(rule("gold", forCustomerTiers("Gold"), to("L2", "network", LEAST_OPEN)));

        RoutingDecision raised = Router.route(ticket().tier("L1").build(), "Gold", RoutingTrigger.RULE_CHANGE, settings, POOLS, NOW);
        assertThat(raised.tierBefore()).isEqualTo("L1");
        assertThat(raised.tierAfter()).isEqualTo("L2");
        assertThat(raised.assignee()).isEqualTo("alice");
        assertThat(raised.trigger()).isEqualTo(RoutingTrigger.RULE_CHANGE);

        RoutingDecision same = Router.route(ticket().tier("L2").build(), "Gold", RoutingTrigger.RULE_CHANGE, settings, POOLS, NOW);
        assertThat(same.tierAfter()).isEqualTo("L2");
        assertThat(same.assigneeGroup()).isEqualTo("network");
        assertThat(same.tierChanged()).isFalse();
    }

    @Test
    void anUnconfiguredCurrentTierDoesNotBlockRouting() {
        RoutingDecision decision = Router.route(ticket().tier("Legacy").build(), "Basic", RoutingTrigger.RULE_CHANGE,
                settings(), POOLS, NOW);

        assertThat(decision.tierBefore()).isEqualTo("Legacy");
        assertThat(decision.tierAfter()).isEqualTo("L1");
    }

    @Test
    void escalationTriggersBelongToTheEscalator() {
        assertThatThrownBy(() -> Router.route(ticket().build(), "Gold", RoutingTrigger.FOLLOW_UP, settings(), POOLS, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use Escalator");
    }
}
