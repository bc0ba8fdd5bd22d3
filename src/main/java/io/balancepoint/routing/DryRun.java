package io.balancepoint.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries a candidate rule set on recent tickets before it is saved (SPEC §3): where each ticket
 * would have been routed had it arrived under these rules. Nothing is changed.
 *
 * <p>Each ticket is routed as a new ticket (trigger {@link RoutingTrigger#CREATED}, no tier
 * before), so the result shows the rules themselves rather than today's tiers, which are reported
 * beside it. Tickets are routed in the order given and every would-be assignment counts against
 * the pools (one more open ticket, last assigned at {@code now}), so the rows show how the load
 * would spread over a group instead of every ticket going to the same person.
 */
public final class DryRun {

    private DryRun() {
    }

    /** @param candidate a valid candidate routing section */
    public static DryRunReport run(List<DryRunCase> cases, RoutingSettings candidate, AssigneePools pools, Instant now) {
        List<DryRunRow> rows = new ArrayList<>(cases.size());
        AssigneePools load = pools;
        for (DryRunCase c : cases) {
            RoutingDecision decision = Router.route(c.ticket(), c.customerTier(), RoutingTrigger.CREATED, null,
                    candidate, load, now);
            if (decision.assignee() != null) {
                load = load.withAssignment(decision.assigneeGroup(), decision.assignee(), now);
            }
            rows.add(new DryRunRow(c.ticket().issueKey(), c.currentTier(), decision));
        }
        return new DryRunReport(rows, targets(rows, candidate),
                rows.stream().filter(DryRunRow::tierChanges).map(DryRunRow::issueKey).toList());
    }

    private static List<TargetCount> targets(List<DryRunRow> rows, RoutingSettings candidate) {
        Map<Target, Integer> counts = new HashMap<>();
        for (DryRunRow row : rows) {
            counts.merge(new Target(row.decision().tierAfter(), row.decision().assigneeGroup()), 1, Integer::sum);
        }
        Comparator<TargetCount> order = Comparator.<TargetCount>comparingInt(t -> candidate.rankOf(t.supportTier()))
                .thenComparing(TargetCount::assigneeGroup, Comparator.nullsFirst(Comparator.naturalOrder()));
        return counts.entrySet().stream()
                .map(e -> new TargetCount(e.getKey().supportTier(), e.getKey().assigneeGroup(), e.getValue()))
                .sorted(order)
                .toList();
    }

    private record Target(String supportTier, String assigneeGroup) {
    }
}
