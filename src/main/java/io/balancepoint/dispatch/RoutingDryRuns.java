package io.balancepoint.dispatch;

import io.balancepoint.routing.AssigneePoolSource;
import io.balancepoint.routing.DryRun;
import io.balancepoint.routing.DryRunCase;
import io.balancepoint.routing.DryRunReport;
import io.balancepoint.routing.DryRunRow;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingSettings;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RecentTickets;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tries routing rules on a project's most recent tickets without changing anything: the ids come
 * from the stored facts ({@link RecentTickets}), the snapshots from the ticket source, the customer
 * tier from the facts (as the last recompute decided it), and what happened from the recorded
 * decisions. Reads at most {@link RecentTickets#MAX} tickets; tickets deleted since are left out.
 */
public final class RoutingDryRuns {

    private final RecentTickets recent;
    private final TicketSource source;
    private final FactsStore facts;
    private final RoutingDecisionStore decisions;
    private final AssigneePoolSource pools;
    private final Clock clock;

    public RoutingDryRuns(RecentTickets recent, TicketSource source, FactsStore facts, RoutingDecisionStore decisions,
                          AssigneePoolSource pools, Clock clock) {
        this.recent = Objects.requireNonNull(recent, "recent");
        this.source = Objects.requireNonNull(source, "source");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param tickets   how many of the newest tickets, 1..{@link RecentTickets#MAX}
     * @param candidate valid routing settings (the ones in force, or rules being edited)
     */
    public DryRunComparison run(String projectKey, int tickets, RoutingSettings candidate) {
        List<Long> ids = new ArrayList<>(recent.newest(projectKey, tickets));
        Collections.reverse(ids); // routed in arrival order, as the load on the groups would build up
        Map<Long, VersionedFacts> stored = facts.getAll(ids);
        Map<Long, List<RoutingDecision>> went = decisions.forTickets(ids);
        List<DryRunCase> cases = new ArrayList<>(ids.size());
        Map<String, RoutingDecision> latest = new HashMap<>();
        for (long id : ids) {
            Optional<SourcedTicket> ticket = source.read(id);
            if (ticket.isEmpty()) {
                continue;
            }
            VersionedFacts f = stored.get(id);
            String customerTier = f == null ? null : f.facts().customerTier();
            cases.add(new DryRunCase(ticket.get().snapshot(), customerTier, ticket.get().snapshot().supportTier()));
            List<RoutingDecision> history = went.getOrDefault(id, List.of());
            if (!history.isEmpty()) {
                latest.put(ticket.get().snapshot().issueKey(), history.get(history.size() - 1));
            }
        }
        DryRunReport report = DryRun.run(cases, candidate, pools.pools(candidate.assigneeGroups()), clock.instant());
        List<DryRunComparison.Ticket> rows = new ArrayList<>(report.rows().size());
        for (DryRunRow row : report.rows()) {
            rows.add(new DryRunComparison.Ticket(row.issueKey(), row.currentTier(), row.decision(), latest.get(row.issueKey())));
        }
        return new DryRunComparison(projectKey, rows, report.targets(), report.tierChangeIssueKeys());
    }
}
