package io.balancepoint.routing;

import static io.balancepoint.routing.AssignmentStrategy.ROUND_ROBIN;
import static io.balancepoint.routing.AssignmentStrategy.UNASSIGNED;
import static io.balancepoint.routing.Rules.forCustomerTiers;
import static io.balancepoint.routing.Rules.rule;
import static io.balancepoint.routing.Rules.settings;
import static io.balancepoint.routing.Rules.to;
import static io.balancepoint.routing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DryRunTest {

    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");

    @Test
    void reportsEachTicketsWouldBeDecisionAndASummary() {
        RoutingSettings candidate = settings(
                rule("gold", forCustomerTiers("Gold"), to("L2", "l2", ROUND_ROBIN)),
                rule("platinum", forCustomerTiers("Platinum"), to("Dedicated", null, UNASSIGNED)));
        AssigneePools pools = new AssigneePools(Map.of("l2", List.of(
                new PoolMember("ann", 0, null), new PoolMember("ben", 0, null))));
        List<DryRunCase> cases = List.of(
                new DryRunCase(ticket().key("SD-1").build(), "Gold", "L1"),
                new DryRunCase(ticket().key("SD-2").build(), "Gold", "L2"),
                new DryRunCase(ticket().key("SD-3").build(), "Gold", "L2"),
                new DryRunCase(ticket().key("SD-4").build(), "Basic", "L1"),
                new DryRunCase(ticket().key("SD-5").build(), "Platinum", "L3"),
                new DryRunCase(ticket().key("SD-6").tier("L3").build(), "Basic", null));

        DryRunReport report = DryRun.run(cases, candidate, pools, NOW);

        // round robin continues across the run: ann, ben, ann
        assertThat(report.rows()).extracting(DryRunRow::issueKey, DryRunRow::currentTier, r -> r.decision().tierAfter(),
                        r -> r.decision().assignee(), DryRunRow::tierChanges)
                .containsExactly(
                        tuple("SD-1", "L1", "L2", "ann", true),
                        tuple("SD-2", "L2", "L2", "ben", false),
                        tuple("SD-3", "L2", "L2", "ann", false),
                        tuple("SD-4", "L1", "L1", null, false),
                        tuple("SD-5", "L3", "Dedicated", null, true),
                        tuple("SD-6", null, "L1", null, true));
        assertThat(report.targets()).containsExactly(
                new TargetCount("L1", null, 2),
                new TargetCount("L2", "l2", 3),
                new TargetCount("Dedicated", null, 1));
        assertThat(report.tierChangeIssueKeys()).containsExactly("SD-1", "SD-5", "SD-6");
        // routed as new tickets: the tier on the snapshot does not hold the candidate's result up
        assertThat(report.rows().get(5).decision().tierBefore()).isNull();
        assertThat(report.rows().get(5).decision().trigger()).isEqualTo(RoutingTrigger.CREATED);
    }

    @Test
    void dryRunDoesNotChangeThePoolsItWasGiven() {
        AssigneePools pools = new AssigneePools(Map.of("l2", List.of(new PoolMember("ann", 0, null))));

        DryRun.run(List.of(new DryRunCase(ticket().build(), "Gold", null)),
                settings(rule("gold", forCustomerTiers("Gold"), to("L2", "l2", ROUND_ROBIN))), pools, NOW);

        assertThat(pools.members("l2")).containsExactly(new PoolMember("ann", 0, null));
    }

    @Test
    void noTicketsGiveAnEmptyReport() {
        DryRunReport report = DryRun.run(List.of(), settings(), AssigneePools.none(), NOW);

        assertThat(report.rows()).isEmpty();
        assertThat(report.targets()).isEmpty();
        assertThat(report.tierChangeIssueKeys()).isEmpty();
    }
}
