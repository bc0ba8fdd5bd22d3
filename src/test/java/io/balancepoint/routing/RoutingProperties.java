package io.balancepoint.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class RoutingProperties {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final List<String> GROUPS = List.of("g1", "g2", "g3"); // g3 has no pool: "no members"

    /** What can happen to a ticket between two routing evaluations. */
    enum Step { CUSTOMER_COMMENT, AGENT_REPLY, INTERNAL_NOTE, RESOLVE_AND_REOPEN, RESOLVE, MANUAL, RULE_CHANGE, CREATED }

    @Property
    void escalationNeverLowersATierWhateverHappens(@ForAll("settings") RoutingSettings settings,
                                                   @ForAll("pools") AssigneePools pools,
                                                   @ForAll("customerTiers") String customerTier,
                                                   @ForAll("startTiers") String startTier,
                                                   @ForAll @Size(max = 25) List<Step> steps) {
        TicketBuilder ticket = TicketBuilder.ticket().tier(startTier).customerComment(0);
        List<RoutingDecision> decisions = new ArrayList<>();
        int minute = 1;
        for (Step step : steps) {
            minute += 2;
            Optional<RoutingDecision> decision = switch (step) {
                case CUSTOMER_COMMENT -> escalate(ticket.customerComment(minute), customerTier, RoutingTrigger.FOLLOW_UP, decisions, settings, pools);
                case AGENT_REPLY -> escalate(ticket.agentReply(minute), customerTier, RoutingTrigger.FOLLOW_UP, decisions, settings, pools);
                case INTERNAL_NOTE -> escalate(ticket.comment(minute, AuthorRole.AGENT, false), customerTier, RoutingTrigger.FOLLOW_UP,
                        decisions, settings, pools);
                case RESOLVE_AND_REOPEN -> escalate(ticket.resolved(minute).reopened(minute + 1), customerTier, RoutingTrigger.REOPEN,
                        decisions, settings, pools);
                case RESOLVE -> escalate(ticket.resolved(minute), customerTier, RoutingTrigger.REOPEN, decisions, settings, pools);
                case MANUAL -> escalate(ticket, customerTier, RoutingTrigger.MANUAL, decisions, settings, pools);
                case RULE_CHANGE -> Optional.of(Router.route(ticket.build(), customerTier, RoutingTrigger.RULE_CHANGE, settings, pools, NOW));
                case CREATED -> Optional.of(Router.route(ticket.build(), customerTier, RoutingTrigger.CREATED, settings, pools, NOW));
            };
            if (decision.isEmpty()) {
                continue;
            }
            String before = ticket.build().supportTier();
            RoutingDecision d = decision.get();
            assertThat(d.tierBefore()).isEqualTo(before);
            if (settings.rankOf(before) >= 0) {
                assertThat(settings.rankOf(d.tierAfter())).isGreaterThanOrEqualTo(settings.rankOf(before));
                if (d.trigger().isEscalation()) {
                    assertThat(settings.rankOf(d.tierAfter())).isLessThanOrEqualTo(settings.rankOf(before) + 1);
                }
            }
            decisions.add(d);
            ticket.tier(d.tierAfter());
        }
    }

    @Property
    void routingIsDeterministicAndAssignsOnlyMembersOfTheGroup(@ForAll("settings") RoutingSettings settings,
                                                               @ForAll("pools") AssigneePools pools,
                                                               @ForAll("tickets") TicketSnapshot ticket,
                                                               @ForAll("customerTiers") String customerTier,
                                                               @ForAll boolean ruleChange) {
        RoutingTrigger trigger = ruleChange ? RoutingTrigger.RULE_CHANGE : RoutingTrigger.CREATED;

        RoutingDecision decision = Router.route(ticket, customerTier, trigger, settings, pools, NOW);

        assertThat(Router.route(ticket, customerTier, trigger, settings, pools, NOW)).isEqualTo(decision);
        assertThat(Router.route(ticket, customerTier, trigger, settings, reversedMembers(pools), NOW)).isEqualTo(decision);
        if (decision.assignee() != null) {
            assertThat(pools.members(decision.assigneeGroup())).extracting(PoolMember::userKey).contains(decision.assignee());
        }
        assertThat(settings.supportTiers()).contains(decision.tierAfter());
    }

    @Property
    void everyStrategyChoosesAMemberOfTheGroupOrNobody(@ForAll("pools") AssigneePools pools,
                                                      @ForAll("groups") String group,
                                                      @ForAll AssignmentStrategy strategy) {
        Assignment assignment = AssigneeSelector.select(group, strategy, pools);

        List<String> members = pools.members(group).stream().map(PoolMember::userKey).toList();
        if (assignment.assigned()) {
            assertThat(members).contains(assignment.assignee());
        } else {
            assertThat(strategy == AssignmentStrategy.UNASSIGNED || members.isEmpty()).isTrue();
        }
    }

    @Property
    void roundRobinVisitsEveryMemberBeforeRepeatingOne(@ForAll("pools") AssigneePools pools) {
        List<PoolMember> members = pools.members("g1");
        AssigneePools load = pools;
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String next = AssigneeSelector.select("g1", AssignmentStrategy.ROUND_ROBIN, load).assignee();
            chosen.add(next);
            load = load.withAssignment("g1", next, NOW.plusSeconds(i));
        }
        assertThat(chosen).doesNotHaveDuplicates().hasSize(members.size());
    }

    private static Optional<RoutingDecision> escalate(TicketBuilder ticket, String customerTier, RoutingTrigger trigger,
                                                      List<RoutingDecision> decisions, RoutingSettings settings, AssigneePools pools) {
        return Escalator.escalate(ticket.build(), customerTier, trigger, decisions, settings, pools, NOW);
    }

    private static AssigneePools reversedMembers(AssigneePools pools) {
        Map<String, List<PoolMember>> reversed = new TreeMap<>();
        pools.groups().forEach((group, members) ->
                reversed.put(group, members.stream().sorted(Comparator.comparing(PoolMember::userKey).reversed()).toList()));
        return new AssigneePools(reversed);
    }

    @Provide
    Arbitrary<RoutingSettings> settings() {
        Arbitrary<RoutingRule> rule = Combinators.combine(Arbitraries.of(true, true, false), conditions(), actions())
                .as((enabled, conditions, action) -> new RoutingRule("r", "Rule", enabled, conditions, action));
        Arbitrary<EscalationSettings> escalation = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(EscalationSettings::new);
        return Combinators.combine(rule.list().ofMaxSize(6), escalation, Arbitraries.of(Rules.TIERS))
                .as((rules, esc, fallback) -> new RoutingSettings(Rules.TIERS, numbered(rules), esc, fallback));
    }

    private static List<RoutingRule> numbered(List<RoutingRule> rules) {
        return IntStream.range(0, rules.size())
                .mapToObj(i -> new RoutingRule("r" + i, "Rule " + i, rules.get(i).enabled(), rules.get(i).conditions(), rules.get(i).action()))
                .toList();
    }

    private static Arbitrary<List<String>> subsetOf(String... values) {
        return Arbitraries.subsetOf(values).map(s -> s.stream().sorted().toList());
    }

    private static Arbitrary<RuleConditions> conditions() {
        return Combinators.combine(subsetOf("Basic", "Gold", "Platinum"), subsetOf("Outage", "Question"),
                        subsetOf("phone", "email"), subsetOf("High", "Low"), subsetOf("Acme"))
                .as(RuleConditions::new);
    }

    private static Arbitrary<RuleAction> actions() {
        return Combinators.combine(Arbitraries.of(Rules.TIERS), Arbitraries.of(GROUPS), Arbitraries.of(AssignmentStrategy.class))
                .as((tier, group, strategy) -> new RuleAction(tier, group, strategy, null, null));
    }

    @Provide
    Arbitrary<AssigneePools> pools() {
        Arbitrary<Instant> lastAssigned = Arbitraries.of(NOW.minusSeconds(300), NOW.minusSeconds(200), NOW.minusSeconds(100)).injectNull(0.4);
        Arbitrary<List<PoolMember>> members = Arbitraries.subsetOf("a", "b", "c", "d", "e").flatMap(keys ->
                Combinators.combine(keys.stream().map(key -> Combinators.combine(Arbitraries.integers().between(0, 4), lastAssigned)
                        .as((open, last) -> new PoolMember(key, open, last))).toList()).as(List::copyOf));
        return Combinators.combine(members, members).as((g1, g2) -> new AssigneePools(Map.of("g1", g1, "g2", g2)));
    }

    @Provide
    Arbitrary<TicketSnapshot> tickets() {
        return Combinators.combine(
                        Arbitraries.of("Outage", "Question").injectNull(0.2),
                        Arbitraries.of("phone", "email", "chat").injectNull(0.2),
                        Arbitraries.of("High", "Low").injectNull(0.2),
                        Arbitraries.of("Acme", "Globex").injectNull(0.3),
                        startTiers())
                .as((type, channel, priority, organisation, tier) -> TicketBuilder.ticket().requestType(type).channel(channel)
                        .priority(priority).organisation(organisation).tier(tier).build());
    }

    @Provide
    Arbitrary<String> customerTiers() {
        return Arbitraries.of("Basic", "Gold", "Platinum").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> startTiers() {
        return Arbitraries.of("L1", "L2", "L3", "Dedicated", "Legacy").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> groups() {
        return Arbitraries.of(GROUPS).injectNull(0.1);
    }
}
