package io.balancepoint.routing;

import io.balancepoint.ticket.Interactions;
import static io.balancepoint.routing.AssignmentStrategy.LEAST_OPEN;
import static io.balancepoint.routing.AssignmentStrategy.ROUND_ROBIN;
import static io.balancepoint.routing.Rules.TIERS;
import static io.balancepoint.routing.Rules.forCustomerTiers;
import static io.balancepoint.routing.Rules.rule;
import static io.balancepoint.routing.Rules.settings;
import static io.balancepoint.routing.Rules.to;
import static io.balancepoint.routing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalatorTest {

    private static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    private static final AssigneePools POOLS = new AssigneePools(Map.of(
            "l2-gold", List.of(new PoolMember("gina", 2, null)),
            "l2-desk", List.of(new PoolMember("alice", 0, Instant.parse("2026-03-01T10:00:00Z")), new PoolMember("bob", 4, null)),
            "l3", List.of(new PoolMember("lee", 1, null))));

    /** L2 has a Gold-only rule before a general one; L3 has one rule; Dedicated none. */
    private static final RoutingSettings SETTINGS = settings(
            rule("l1", RuleConditions.any(), to("L1", "l1-desk", LEAST_OPEN)),
            rule("l2-gold", forCustomerTiers("Gold"), to("L2", "l2-gold", LEAST_OPEN)),
            rule("l2", RuleConditions.any(), to("L2", "l2-desk", ROUND_ROBIN)),
            rule("l3", RuleConditions.any(), to("L3", "l3", LEAST_OPEN)));

    private static Optional<RoutingDecision> escalate(TicketSnapshot ticket, RoutingTrigger trigger, List<RoutingDecision> previous) {
        return Escalator.escalate(ticket, "Basic", trigger, previous, SETTINGS, POOLS, NOW);
    }

    /** Agent answers at minute 10, then {@code followUps} customer comments. */
    private static TicketBuilder withFollowUps(int followUps) {
        TicketBuilder t = ticket().tier("L1").customerComment(1).agentReply(10);
        for (int i = 0; i < followUps; i++) {
            t.customerComment(20 + i);
        }
        return t;
    }

    @Test
    void followUpsEscalateWhenTheyReachTheThresholdNotBefore() {
        assertThat(escalate(withFollowUps(2).build(), RoutingTrigger.FOLLOW_UP, List.of())).isEmpty();

        RoutingDecision decision = escalate(withFollowUps(3).build(), RoutingTrigger.FOLLOW_UP, List.of()).orElseThrow();

        assertThat(decision.trigger()).isEqualTo(RoutingTrigger.FOLLOW_UP);
        assertThat(decision.tierBefore()).isEqualTo("L1");
        assertThat(decision.tierAfter()).isEqualTo("L2");
        assertThat(decision.matchedRuleId()).isEqualTo("l2");
        assertThat(decision.assigneeGroup()).isEqualTo("l2-desk");
        assertThat(decision.assignee()).isEqualTo("bob");
        assertThat(decision.explanation()).isEqualTo(
                "3 customer follow-ups (threshold 3) -> escalated L1 -> L2 by rule 'Rule l2', assigned to bob (round robin, next after alice)");
    }

    @Test
    void eachFurtherMultipleOfTheThresholdEscalatesOnceMore() {
        RoutingDecision first = escalate(withFollowUps(3).build(), RoutingTrigger.FOLLOW_UP, List.of()).orElseThrow();

        // the same snapshot evaluated again, and a fourth and fifth follow-up, change nothing
        assertThat(escalate(withFollowUps(3).build(), RoutingTrigger.FOLLOW_UP, List.of(first))).isEmpty();
        assertThat(escalate(withFollowUps(5).tier("L2").build(), RoutingTrigger.FOLLOW_UP, List.of(first))).isEmpty();

        RoutingDecision second = escalate(withFollowUps(6).tier("L2").build(), RoutingTrigger.FOLLOW_UP, List.of(first)).orElseThrow();
        assertThat(second.tierBefore()).isEqualTo("L2");
        assertThat(second.tierAfter()).isEqualTo("L3");
    }

    @Test
    void onlyCustomerPublicCommentsAfterTheFirstAgentResponseAndBeforeResolutionAreFollowUps() {
        TicketSnapshot ticket = ticket()
                .customerComment(1).customerComment(2) // before any agent response: the original contact
                .comment(3, AuthorRole.AGENT, false) // internal note is not a response
                .agentReply(10)
                .customerComment(11)
                .comment(12, AuthorRole.CUSTOMER, false) // not public
                .comment(13, AuthorRole.OTHER, true) // automation
                .customerComment(14)
                .resolved(30)
                .customerComment(30) // at the resolution instant: still a follow-up (one definition with FCR)
                .customerComment(40)
                .build();

        assertThat(Interactions.of(ticket).customerFollowUps()).isEqualTo(3);
        assertThat(Interactions.of(ticket().customerComment(1).customerComment(2).build()).customerFollowUps()).isZero();
        // reopened: the ticket is unresolved again, so every follow-up counts
        assertThat(Interactions.of(ticket().agentReply(1).customerComment(2).resolved(3).customerComment(4)
                .reopened(5).customerComment(6).build()).customerFollowUps()).isEqualTo(3);
    }

    @Test
    void reopenEscalatesOncePerReopen() {
        TicketSnapshot reopened = ticket().tier("L2").resolved(10).reopened(20).build();

        RoutingDecision decision = Escalator.escalate(reopened, "Gold", RoutingTrigger.REOPEN, List.of(), SETTINGS, POOLS, NOW).orElseThrow();

        assertThat(decision.tierAfter()).isEqualTo("L3");
        assertThat(decision.assignee()).isEqualTo("lee");
        assertThat(decision.explanation()).isEqualTo(
                "reopened -> escalated L2 -> L3 by rule 'Rule l3', assigned to lee (fewest open tickets: 1)");
        assertThat(escalate(reopened, RoutingTrigger.REOPEN, List.of(decision))).isEmpty();

        TicketSnapshot twice = ticket().tier("L3").resolved(10).reopened(20).resolved(30).reopened(40).build();
        RoutingDecision again = escalate(twice, RoutingTrigger.REOPEN, List.of(decision)).orElseThrow();
        assertThat(again.tierAfter()).isEqualTo("Dedicated");
        assertThat(again.explanation()).startsWith("reopened (2 reopens) -> escalated L3 -> Dedicated");
    }

    @Test
    void theNewTiersGroupComesFromTheFirstMatchingRuleForThatTier() {
        TicketSnapshot ticket = withFollowUps(3).build();

        RoutingDecision gold = Escalator.escalate(ticket, "Gold", RoutingTrigger.FOLLOW_UP, List.of(), SETTINGS, POOLS, NOW).orElseThrow();
        assertThat(gold.matchedRuleId()).isEqualTo("l2-gold");
        assertThat(gold.assignee()).isEqualTo("gina");

        RoutingDecision toDedicated = escalate(ticket().tier("L3").build(), RoutingTrigger.MANUAL, List.of()).orElseThrow();
        assertThat(toDedicated.tierAfter()).isEqualTo("Dedicated");
        assertThat(toDedicated.matchedRuleId()).isNull();
        assertThat(toDedicated.assigneeGroup()).isNull();
        assertThat(toDedicated.assignee()).isNull();
        assertThat(toDedicated.explanation()).isEqualTo(
                "escalation requested by an agent -> escalated L3 -> Dedicated, no rule for Dedicated matches, group and assignee unchanged");
    }

    @Test
    void manualEscalationMovesOneTierEachTimeItIsAsked() {
        RoutingDecision first = escalate(ticket().tier("L1").build(), RoutingTrigger.MANUAL, List.of()).orElseThrow();
        RoutingDecision second = escalate(ticket().tier("L2").build(), RoutingTrigger.MANUAL, List.of(first)).orElseThrow();

        assertThat(first.tierAfter()).isEqualTo("L2");
        assertThat(second.tierAfter()).isEqualTo("L3");
    }

    @Test
    void atTheTopTierTheDecisionSaysSoAndChangesNothing() {
        RoutingDecision decision = escalate(withFollowUps(3).tier("Dedicated").build(), RoutingTrigger.FOLLOW_UP, List.of()).orElseThrow();

        assertThat(decision.tierBefore()).isEqualTo("Dedicated");
        assertThat(decision.tierAfter()).isEqualTo("Dedicated");
        assertThat(decision.tierChanged()).isFalse();
        assertThat(decision.assigneeGroup()).isNull();
        assertThat(decision.assignee()).isNull();
        assertThat(decision.explanation()).isEqualTo("3 customer follow-ups (threshold 3) -> already at the top tier Dedicated, stays");
    }

    @Test
    void aTicketWithoutATierEscalatesFromWhereTheRulesPlaceIt() {
        RoutingSettings goldToL2 = settings(rule("gold", forCustomerTiers("Gold"), to("L2", "l2-gold", LEAST_OPEN)));

        RoutingDecision decision = Escalator.escalate(ticket().build(), "Gold", RoutingTrigger.MANUAL, List.of(), goldToL2, POOLS, NOW)
                .orElseThrow();

        assertThat(decision.tierBefore()).isNull();
        assertThat(decision.tierAfter()).isEqualTo("L3");
        assertThat(decision.explanation()).startsWith(
                "escalation requested by an agent -> no support tier yet, rules place it at L2 -> escalated L2 -> L3");
    }

    @Test
    void switchedOffTriggersDoNotEscalate() {
        RoutingSettings off = new RoutingSettings(TIERS, SETTINGS.rules(), new EscalationSettings(3, false, false), "L1");
        TicketSnapshot reopened = ticket().tier("L1").resolved(10).reopened(20).build();

        assertThat(Escalator.escalate(reopened, "Basic", RoutingTrigger.REOPEN, List.of(), off, POOLS, NOW)).isEmpty();
        assertThat(Escalator.escalate(reopened, "Basic", RoutingTrigger.MANUAL, List.of(), off, POOLS, NOW)).isEmpty();
        assertThat(escalate(ticket().tier("L1").build(), RoutingTrigger.REOPEN, List.of())).isEmpty();
    }

    @Test
    void aThresholdOfOneEscalatesOnEveryFollowUp() {
        RoutingSettings eager = new RoutingSettings(TIERS, SETTINGS.rules(), new EscalationSettings(1, true, true), "L1");

        assertThat(Escalator.escalate(withFollowUps(1).build(), "Basic", RoutingTrigger.FOLLOW_UP, List.of(), eager, POOLS, NOW))
                .map(RoutingDecision::tierAfter).contains("L2");
    }

    @Test
    void rejectsRoutingTriggersAndOtherTicketsDecisions() {
        assertThatThrownBy(() -> escalate(ticket().build(), RoutingTrigger.CREATED, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use Router");
        RoutingDecision foreign = new RoutingDecision("SD-99", NOW, RoutingTrigger.MANUAL, null, "L1", "L2", null, null, null, null, "x");
        assertThatThrownBy(() -> escalate(ticket().build(), RoutingTrigger.MANUAL, List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SD-99");
    }
}
