package io.balancepoint.workbench;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.workbench.tickets.WorkbenchTickets;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a routing decision on a workbench ticket, as the Jira actuator does on an issue:
 * the ticket takes the decided support tier and, when the decision names one, the assignee; its
 * last change moves to now, and it is queued for recompute so its facts show the new tier. Labels
 * and other fields have no place in a workbench ticket and are left out (the decision, with its
 * explanation, is recorded by the router either way).
 *
 * <p>Meant as the workbench's {@code io.balancepoint.routing.RoutingActuator}; that port is not on
 * main yet, so the {@code implements} clause is added when it lands.
 */
public final class WorkbenchRoutingActuator {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchRoutingActuator.class);

    private final WorkbenchTickets tickets;
    private final RecomputeQueue queue;
    private final Clock clock;

    public WorkbenchRoutingActuator(WorkbenchTickets tickets, RecomputeQueue queue, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void apply(long issueId, RoutingDecision decision) {
        boolean found = tickets.update(issueId, snapshot -> withTier(snapshot, decision.tierAfter()), decision.assignee(),
                clock.instant());
        if (!found) {
            LOG.warn("Routing of {} not applied: the workbench has no issue {}", decision.issueKey(), issueId);
            return;
        }
        queue.offer(issueId);
    }

    private static TicketSnapshot withTier(TicketSnapshot s, String tier) {
        return new TicketSnapshot(s.issueId(), s.issueKey(), s.projectKey(), s.requestType(), s.channel(), s.priority(),
                s.customerKey(), s.organisation(), s.created(), tier, s.worklogs(), s.comments(), s.resolutionHistory(),
                s.csat(), s.authorRoles());
    }
}
