package io.balancepoint.dispatch;

import static io.balancepoint.ticket.TestTickets.CREATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.routing.AssigneePools;
import io.balancepoint.routing.AssignmentStrategy;
import io.balancepoint.routing.PoolMember;
import io.balancepoint.routing.RoutingActuator;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingRule;
import io.balancepoint.routing.RoutingSettings;
import io.balancepoint.routing.RoutingTrigger;
import io.balancepoint.routing.RuleAction;
import io.balancepoint.routing.RuleConditions;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.testing.MutableClock;
import io.balancepoint.ticket.InMemoryTicketSource;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TestTickets;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.tiering.RfmTierLookup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Routing through the recompute pipeline on real databases: queued ids are recomputed by the worker,
 * then new tickets are routed and open routed tickets escalated, each decision applied by the host's
 * actuator (here one that records what it was asked) and then recorded.
 */
class TicketRoutingTest {

    static final Instant NOW = CREATED.plus(Duration.ofHours(1));

    /** "Get help" requests go to L2's group, least open tickets first; everything else to the fallback L1. */
    static SettingsDocument routingSettings() {
        SettingsDocument d = SettingsDocument.defaults();
        RoutingRule help = new RoutingRule("help-l2", "Help requests to L2", true,
                new RuleConditions(List.of(), List.of("Get help"), List.of(), List.of(), List.of()),
                new RuleAction("L2", "l2-agents", AssignmentStrategy.LEAST_OPEN, "routed", null));
        RoutingSettings routing = new RoutingSettings(d.routing().supportTiers(), List.of(help), d.routing().escalation(),
                d.routing().fallbackSupportTier());
        return new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(), d.rates(), d.channels(),
                d.overhead(), d.fcr(), d.anomalies(), d.tiering(), routing, d.roi(), d.budgets(), d.visibility());
    }

    abstract static class Contract extends DatabaseTest {

        InMemoryTicketSource source;
        MutableClock clock;
        RecomputeQueue queue;
        List<Map.Entry<Long, RoutingDecision>> applied;
        AtomicBoolean actuatorDown;

        @BeforeEach
        void fresh() {
            source = new InMemoryTicketSource();
            clock = new MutableClock(NOW);
            queue = new RecomputeQueue(100);
            applied = new CopyOnWriteArrayList<>();
            actuatorDown = new AtomicBoolean();
        }

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        RecomputeWorker worker(StoreNode node) {
            node.settings().save(routingSettings(), 0, "admin", "routing rules", NOW);
            SettingsInForce settings = new SettingsInForce(node.settings());
            TicketRecomputer recomputer = new TicketRecomputer(source, node.ledger(), node.facts(), node.writer(), node.sync(),
                    settings, new RfmTierLookup(node.rfm()), clock);
            RoutingActuator actuator = (issueId, decision) -> {
                if (actuatorDown.get()) {
                    throw new IllegalStateException("injected: Jira refused the assignment");
                }
                applied.add(Map.entry(issueId, decision));
            };
            AssigneePools pools = new AssigneePools(Map.of("l2-agents",
                    List.of(new PoolMember("bob", 4, null), new PoolMember("alice", 3, null))));
            TicketRouting routing = new TicketRouting(settings, new RoutingDecisionStore(node.storage()), actuator,
                    groups -> pools, clock);
            return new RecomputeWorker(queue, recomputer, RetryPolicy.DEFAULT, clock, 50, routing);
        }

        void recompute(RecomputeWorker worker, long... ids) {
            for (long id : ids) {
                queue.offer(id);
            }
            assertThat(worker.runOnce(100)).isEqualTo(ids.length);
        }

        static TicketSnapshot withHistory(TicketSnapshot t, List<ResolutionEvent> history) {
            return new TicketSnapshot(t.issueId(), t.issueKey(), t.projectKey(), t.requestType(), t.channel(), t.priority(),
                    t.customerKey(), t.organisation(), t.created(), t.supportTier(), t.worklogs(), t.comments(), history,
                    t.csat(), t.authorRoles());
        }

        @Test
        void aNewTicketIsRoutedOnceAppliedThenRecorded() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            RecomputeWorker worker = worker(node);
            source.put(TestTickets.ticket(1, 600, null), NOW);
            source.put(TestTickets.ticket(2, 600, null), NOW);

            recompute(worker, 1, 2);
            recompute(worker, 1, 2);

            assertThat(applied).extracting(Map.Entry::getKey).as("once each, however often recomputed").containsExactly(1L, 2L);
            RoutingDecision first = applied.get(0).getValue();
            assertThat(first.trigger()).isEqualTo(RoutingTrigger.CREATED);
            assertThat(first.tierAfter()).isEqualTo("L2");
            assertThat(first.assignee()).as("fewest open tickets").isEqualTo("alice");
            assertThat(applied.get(1).getValue().assignee())
                    .as("alice took one more in the same batch: a tie with bob at 4 goes to the one assigned less recently")
                    .isEqualTo("bob");
            assertThat(first.explanation()).contains("rule 'Help requests to L2'", "assigned to alice");
            RoutingDecisionStore store = new RoutingDecisionStore(node.storage());
            assertThat(store.forTicket(1)).containsExactly(first);
        }

        @Test
        void oldAndResolvedTicketsAreNotRoutedAsNew() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            RecomputeWorker worker = worker(node);
            source.put(TestTickets.ticket(1, 600, null), NOW);
            source.put(TestTickets.ticket(2, 600, CREATED.plus(Duration.ofMinutes(30))), NOW);
            clock.advance(TicketRouting.NEW_TICKET_WINDOW);

            recompute(worker, 1);
            assertThat(applied).as("created a day ago: history, not a new request").isEmpty();

            clock.set(NOW);
            recompute(worker, 2);
            assertThat(applied).as("already resolved").isEmpty();
            assertThat(new RoutingDecisionStore(node.storage()).forTickets(List.of(1L, 2L))).isEmpty();
        }

        @Test
        void aReopenedRoutedTicketEscalatesOnceAndTheReopenIsNotCountedTwice() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            RecomputeWorker worker = worker(node);
            TicketSnapshot ticket = TestTickets.ticket(1, 600, null);
            source.put(ticket, NOW);
            recompute(worker, 1);

            Instant resolved = NOW.plus(Duration.ofHours(2));
            TicketSnapshot reopened = withHistory(ticket, List.of(ResolutionEvent.resolved(resolved, "Done", "alice"),
                    ResolutionEvent.reopened(resolved.plus(Duration.ofHours(1)), "carol")));
            // The actuator put it in L2; the host reports that tier on the ticket now.
            source.put(new TicketSnapshot(reopened.issueId(), reopened.issueKey(), reopened.projectKey(), reopened.requestType(),
                    reopened.channel(), reopened.priority(), reopened.customerKey(), reopened.organisation(), reopened.created(),
                    "L2", reopened.worklogs(), reopened.comments(), reopened.resolutionHistory(), reopened.csat(),
                    reopened.authorRoles()), NOW.plus(Duration.ofHours(3)));
            clock.advance(Duration.ofHours(3));
            recompute(worker, 1);
            recompute(worker, 1);

            assertThat(applied).extracting(e -> e.getValue().trigger())
                    .containsExactly(RoutingTrigger.CREATED, RoutingTrigger.REOPEN);
            RoutingDecision escalation = applied.get(1).getValue();
            assertThat(escalation.tierBefore()).isEqualTo("L2");
            assertThat(escalation.tierAfter()).isEqualTo("L3");
            assertThat(new RoutingDecisionStore(node.storage()).forTicket(1)).hasSize(2);
        }

        @Test
        void whenTheActuatorFailsNothingIsRecordedAndTheNextRecomputeTriesAgain() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            RecomputeWorker worker = worker(node);
            source.put(TestTickets.ticket(1, 600, null), NOW);
            actuatorDown.set(true);

            recompute(worker, 1);
            assertThat(new RoutingDecisionStore(node.storage()).forTicket(1)).isEmpty();
            assertThat(worker.stats().failures()).as("the recompute itself succeeded").isZero();

            actuatorDown.set(false);
            recompute(worker, 1);
            assertThat(applied).hasSize(1);
            assertThat(new RoutingDecisionStore(node.storage()).forTicket(1)).hasSize(1);
        }
    }

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.HSQLDB;
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.POSTGRESQL;
        }
    }

    @Nested
    class OnMariadb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.MARIADB;
        }
    }
}
