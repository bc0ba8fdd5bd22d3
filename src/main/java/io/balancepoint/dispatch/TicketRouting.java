package io.balancepoint.dispatch;

import io.balancepoint.ingest.Recompute;
import io.balancepoint.ingest.RecomputeListener;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.routing.AssigneePoolSource;
import io.balancepoint.routing.AssigneePools;
import io.balancepoint.routing.Escalator;
import io.balancepoint.routing.Router;
import io.balancepoint.routing.RoutingActuator;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingSettings;
import io.balancepoint.routing.RoutingTrigger;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes new tickets and escalates tickets after each recompute batch (see the package notes for
 * when a ticket counts as new and why this runs on the worker's thread): decide, have the actuator
 * apply the decision, record it. A ticket whose routing fails is logged and decided again on its
 * next recompute; the others of the batch go on.
 */
public final class TicketRouting implements RecomputeListener {

    /** How old a ticket without decisions may be and still be routed as new. */
    public static final Duration NEW_TICKET_WINDOW = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(TicketRouting.class);
    /** Reopen first: it is the stronger signal, and one escalation is made per recompute. */
    private static final List<RoutingTrigger> ESCALATIONS = List.of(RoutingTrigger.REOPEN, RoutingTrigger.FOLLOW_UP);

    private final SettingsInForce settings;
    private final RoutingDecisionStore decisions;
    private final RoutingActuator actuator;
    private final AssigneePoolSource pools;
    private final Clock clock;

    public TicketRouting(SettingsInForce settings, RoutingDecisionStore decisions, RoutingActuator actuator,
                         AssigneePoolSource pools, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.actuator = Objects.requireNonNull(actuator, "actuator");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void recomputed(List<Recompute> done) {
        List<Recompute.Written> open = done.stream()
                .filter(r -> r instanceof Recompute.Written).map(r -> (Recompute.Written) r)
                .filter(w -> !w.snapshot().isResolved())
                .toList();
        if (open.isEmpty()) {
            return;
        }
        RoutingSettings routing = settings.get().document().routing();
        Map<Long, List<RoutingDecision>> previous = decisions.forTickets(open.stream().map(Recompute::issueId).toList());
        Instant now = clock.instant();
        AssigneePools candidates = null;
        for (Recompute.Written ticket : open) {
            List<RoutingDecision> earlier = previous.getOrDefault(ticket.issueId(), List.of());
            if (earlier.isEmpty() && !isNew(ticket.snapshot(), now)) {
                continue;
            }
            try {
                if (candidates == null) {
                    candidates = pools.pools(routing.assigneeGroups());
                }
                Optional<RoutingDecision> decision = decide(ticket, earlier, routing, candidates, now);
                if (decision.isPresent()) {
                    actuator.apply(ticket.issueId(), decision.get());
                    decisions.record(ticket.issueId(), ticket.snapshot().projectKey(), decision.get());
                    if (decision.get().assignee() != null) {
                        // The next ticket of the batch sees this assignment in the load.
                        candidates = candidates.withAssignment(decision.get().assigneeGroup(), decision.get().assignee(), now);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Routing issue {} failed; it is decided again on its next recompute", ticket.issueId(), e);
            }
        }
    }

    /** The decision due for the ticket now, if any. */
    static Optional<RoutingDecision> decide(Recompute.Written ticket, List<RoutingDecision> earlier, RoutingSettings routing,
                                            AssigneePools pools, Instant now) {
        TicketSnapshot snapshot = ticket.snapshot();
        String customerTier = ticket.after().customerTier();
        if (earlier.isEmpty()) {
            return Optional.of(Router.route(snapshot, customerTier, RoutingTrigger.CREATED, routing, pools, now));
        }
        // A ticket moved to another project has a new key; its decisions are still its own.
        List<RoutingDecision> own = earlier.stream().map(d -> d.issueKey().equals(snapshot.issueKey()) ? d
                : new RoutingDecision(snapshot.issueKey(), d.at(), d.trigger(), d.matchedRuleId(), d.tierBefore(),
                        d.tierAfter(), d.assigneeGroup(), d.assignee(), d.label(), d.setField(), d.explanation())).toList();
        for (RoutingTrigger trigger : ESCALATIONS) {
            Optional<RoutingDecision> escalation = Escalator.escalate(snapshot, customerTier, trigger, own, routing,
                    pools, now);
            if (escalation.isPresent()) {
                return escalation;
            }
        }
        return Optional.empty();
    }

    private static boolean isNew(TicketSnapshot snapshot, Instant now) {
        return !snapshot.created().isBefore(now.minus(NEW_TICKET_WINDOW));
    }
}
