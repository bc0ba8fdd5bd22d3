package io.balancepoint.ingest;

import static io.balancepoint.ingest.RecomputeWorkerTest.NOW;
import static io.balancepoint.ingest.RecomputeWorkerTest.RESOLVED;
import static io.balancepoint.ingest.RecomputeWorkerTest.RETRIES;
import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.ContendedWriteException;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.FailingStorage;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RollupGrain;
import io.balancepoint.store.RollupRow;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.testing.MutableClock;
import io.balancepoint.ticket.InMemoryTicketSource;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.TestTickets;
import io.balancepoint.tiering.CustomerTierLookup;
import io.balancepoint.tiering.RfmTierLookup;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worker's batch path on real databases: a batch is read, computed and written together, and
 * still every ticket succeeds or fails on its own (a ticket the database refuses, one the source
 * cannot read, one another node keeps changing), with the retry policy, idempotency and the
 * listener's view intact.
 */
class RecomputeBatchTest {

    /** Longer than the 255 characters of AO's default string column: the database refuses the ticket's facts. */
    static final String POISON_REQUEST_TYPE = "x".repeat(300);

    abstract static class Contract extends DatabaseTest {

        InMemoryTicketSource source;
        MutableClock clock;
        RecomputeQueue queue;
        List<Recompute> heard;

        @BeforeEach
        void fresh() {
            source = new InMemoryTicketSource();
            clock = new MutableClock(NOW);
            queue = new RecomputeQueue(200);
            heard = new CopyOnWriteArrayList<>();
        }

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        TicketRecomputer recomputer(StoreNode node, TicketWriter writer) {
            RfmTierLookup rfm = new RfmTierLookup(node.rfm());
            // The customer "broken" cannot be tiered (as a lookup failing for one customer would): its ticket's computation throws.
            CustomerTierLookup tiers = (ticket, settings) -> {
                if ("broken".equals(ticket.customerKey())) {
                    throw new IllegalStateException("injected: no tier for customer broken");
                }
                return rfm.tierOf(ticket, settings);
            };
            return new TicketRecomputer(source, node.ledger(), node.facts(), writer, node.sync(),
                    new SettingsInForce(node.settings()), tiers, clock);
        }

        RecomputeWorker worker(StoreNode node, TicketWriter writer) {
            return new RecomputeWorker(queue, recomputer(node, writer), RETRIES, clock, 50, heard::addAll);
        }

        void putTickets(long from, long to, long labourSeconds) {
            for (long id = from; id <= to; id++) {
                source.put(ticket(id, labourSeconds, RESOLVED), RESOLVED);
            }
        }

        void queue(long from, long to) {
            for (long id = from; id <= to; id++) {
                queue.offer(id);
            }
        }

        static TicketSnapshot poisoned(long id) {
            TicketSnapshot t = ticket(id, 600, RESOLVED);
            return new TicketSnapshot(t.issueId(), t.issueKey(), t.projectKey(), POISON_REQUEST_TYPE, t.channel(),
                    t.priority(), t.customerKey(), t.organisation(), t.created(), t.supportTier(), t.worklogs(),
                    t.comments(), t.resolutionHistory(), t.csat(), t.authorRoles());
        }

        /** The incrementally kept rollups equal a rebuild from the stored facts: nothing counted twice or lost. */
        static void assertRollupsEqualARebuild(StoreNode node) {
            List<RollupRow> incremental = node.rollups().readAll();
            node.rollups().rebuild(node.facts(), Optional.empty());
            assertThat(incremental).containsExactlyInAnyOrderElementsOf(node.rollups().readAll());
        }

        @Test
        void aBatchIsWrittenTogetherAndRerunningItChangesNothing() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            putTickets(1, 120, 600);
            source.delete(77);
            queue(1, 120);
            RecomputeWorker worker = worker(node, node.writer());

            assertThat(worker.runOnce(500)).isEqualTo(120);

            assertThat(worker.stats()).isEqualTo(new WorkerStats(120, 0, 0, 0, List.of()));
            assertThat(node.facts().getAll(LongStream.rangeClosed(1, 120).boxed().toList())).hasSize(119);
            assertThat(node.sync().get(120)).hasValueSatisfying(s -> assertThat(s.factsVersion()).isEqualTo(1));
            assertThat(node.sync().get(77)).isEmpty();
            assertThat(heard).hasSize(120).filteredOn(r -> r instanceof Recompute.Removed).singleElement()
                    .satisfies(r -> assertThat(r.issueId()).isEqualTo(77));
            assertThat(heard).filteredOn(Recompute::changed).hasSize(119);
            // one day: its total row and one row per broken-down dimension, each holding every ticket
            assertThat(node.rollups().readAll()).filteredOn(r -> r.key().isTotal() && r.key().grain() == RollupGrain.DAY).extracting(RollupRow::measures)
                    .singleElement().satisfies(m -> assertThat(m.resolved()).isEqualTo(119));

            heard.clear();
            queue(1, 120);
            assertThat(worker.runOnce(500)).isEqualTo(120);
            assertThat(heard).as("a rerun writes nothing").hasSize(120).noneMatch(Recompute::changed);
            assertThat(node.facts().getAll(List.of(1L, 60L, 120L)).values()).extracting(VersionedFacts::version)
                    .containsOnly(1L);
            assertRollupsEqualARebuild(node);
        }

        @Test
        void aTicketTheDatabaseRefusesFailsAloneAndIsRetriedThenGivenUp() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            putTickets(1, 30, 600);
            source.put(poisoned(17), RESOLVED);
            queue(1, 30);
            RecomputeWorker worker = worker(node, node.writer());

            assertThat(worker.runOnce(500)).isEqualTo(30);

            assertThat(node.facts().getAll(LongStream.rangeClosed(1, 30).boxed().toList()).keySet())
                    .hasSize(29).doesNotContain(17L);
            assertThat(node.ledger().lines(17)).isEmpty();
            assertThat(node.sync().get(17)).isEmpty();
            assertThat(worker.stats()).isEqualTo(new WorkerStats(29, 1, 0, 1, List.of()));
            assertThat(heard).extracting(Recompute::issueId).hasSize(29).doesNotContain(17L);

            clock.advance(Duration.ofSeconds(10));
            assertThat(worker.runOnce(500)).isEqualTo(1);
            clock.advance(Duration.ofSeconds(20));
            assertThat(worker.runOnce(500)).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
            assertThat(worker.runOnce(500)).as("given up after the policy's three attempts").isZero();
            assertThat(worker.stats()).isEqualTo(new WorkerStats(29, 3, 1, 0, List.of(17L)));
            assertThat(source.reads(17)).isEqualTo(3);
            assertRollupsEqualARebuild(node);
        }

        @Test
        void unreadableAndUncomputableTicketsLeaveTheirBatch() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            putTickets(1, 20, 600);
            source.put(ticket(9, "broken", 600, TestTickets.CREATED, RESOLVED), RESOLVED);
            source.failReads(id -> id == 4);
            queue(1, 20);
            RecomputeWorker worker = worker(node, node.writer());

            assertThat(worker.runOnce(500)).isEqualTo(20);

            assertThat(node.facts().getAll(LongStream.rangeClosed(1, 20).boxed().toList()).keySet())
                    .hasSize(18).doesNotContain(4L, 9L);
            assertThat(worker.stats().failures()).isEqualTo(2);
            assertThat(worker.stats().retrying()).isEqualTo(2);

            source.failReads(id -> false);
            source.put(ticket(9, 600, RESOLVED), RESOLVED);
            clock.advance(Duration.ofSeconds(10));
            assertThat(worker.runOnce(500)).isEqualTo(2);
            assertThat(node.facts().getAll(List.of(4L, 9L))).hasSize(2);
            assertThat(worker.stats()).isEqualTo(new WorkerStats(20, 2, 0, 0, List.of()));
        }

        @Test
        void aTicketAnotherNodeKeepsChangingIsRequeuedWhileTheRestOfItsBatchIsStored() throws Exception {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            putTickets(1, 10, 600);
            queue(1, 10);
            worker(node, node.writer()).runOnce(500);

            EntityManager otherManager = target().openNode();
            try {
                StoreNode other = StoreNode.on(otherManager, ZoneOffset.UTC);
                TicketComputation computation = new TicketComputation(SettingsDocument.defaults());
                AtomicBoolean interfering = new AtomicBoolean(true);
                AtomicInteger otherWrites = new AtomicInteger();
                // Just before this node replaces any facts, the other node really writes issue 5 (a new
                // version, committed on its own connection), so every claim covering issue 5 loses.
                FailingStorage storage = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> {
                    if (interfering.get() && write.equals("deleteWhere TicketFactsEntity")) {
                        ComputedTicket t = computation.compute(ticket(5, 60 * (20 + otherWrites.incrementAndGet()), RESOLVED),
                                List.of(), "Basic", NOW);
                        other.writer().write(5, t.lines(), t.facts());
                    }
                    return null;
                });
                TicketWriter contendedWriter = new TicketWriter(storage, new LedgerStore(storage), new FactsStore(storage),
                        new RollupStore(storage, ZoneOffset.UTC), 2, 50, 1);
                RecomputeWorker worker = worker(node, contendedWriter);
                putTickets(1, 10, 1200);
                queue(1, 10);
                heard.clear();

                assertThat(worker.runOnce(500)).isEqualTo(10);

                assertThat(heard).extracting(Recompute::issueId).containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L);
                for (Recompute r : heard) {
                    assertThat(node.sync().get(r.issueId()).orElseThrow().factsVersion())
                            .as("the sync record names the version written").isEqualTo(2);
                    assertThat(r.after().labourSeconds()).isEqualTo(1200);
                }
                assertThat(worker.stats()).isEqualTo(new WorkerStats(9, 1, 0, 1, List.of()));
                assertThat(node.facts().get(5).orElseThrow().facts().labourSeconds()).as("the other node's").isNotEqualTo(1200);

                interfering.set(false);
                clock.advance(Duration.ofSeconds(10));
                assertThat(worker.runOnce(500)).as("requeued when due").isEqualTo(1);
                TicketFacts five = node.facts().get(5).orElseThrow().facts();
                assertThat(five.labourSeconds()).isEqualTo(1200);
                assertThat(worker.stats()).isEqualTo(new WorkerStats(10, 1, 0, 0, List.of()));
                assertRollupsEqualARebuild(node);
            } finally {
                otherManager.getProvider().dispose();
            }
        }

        @Test
        void aListenerThatThrowsDoesNotUndoTheBatch() {
            StoreNode node = StoreNode.on(manager(), ZoneOffset.UTC);
            putTickets(1, 5, 600);
            queue(1, 5);
            List<Long> told = new ArrayList<>();
            RecomputeWorker worker = new RecomputeWorker(queue, recomputer(node, node.writer()), RETRIES, clock, 50, done -> {
                done.forEach(r -> told.add(r.issueId()));
                throw new IllegalStateException("listener bug");
            });

            assertThat(worker.runOnce(500)).isEqualTo(5);

            assertThat(told).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(worker.stats()).isEqualTo(new WorkerStats(5, 0, 0, 0, List.of()));
            assertThat(node.facts().getAll(List.of(1L, 2L, 3L, 4L, 5L))).hasSize(5);
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
