package io.balancepoint.ingest;

import static io.balancepoint.ticket.TestTickets.CREATED;
import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.RollupGrain;
import io.balancepoint.store.RollupRow;
import io.balancepoint.store.TicketSync;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.testing.MutableClock;
import io.balancepoint.ticket.InMemoryTicketSource;
import io.balancepoint.tiering.RfmTierLookup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecomputeWorkerTest {

    static final Instant RESOLVED = Instant.parse("2026-03-02T15:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");
    static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(40));

    static SettingsDocument withDefaultRate(String rate) {
        SettingsDocument d = SettingsDocument.defaults();
        RateSettings rates = new RateSettings(List.of(new RateEntry(RateKind.DEFAULT, null, new BigDecimal(rate),
                RateSettings.DEFAULTS_FROM, null, null)), List.of());
        return new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(), rates, d.channels(),
                d.overhead(), d.fcr(), d.anomalies(), d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
    }

    abstract static class Contract extends DatabaseTest {

        // The test instance lives as long as the class (per-class schema), so these are new for every test.
        InMemoryTicketSource source;
        MutableClock clock;
        RecomputeQueue queue;

        @BeforeEach
        void freshSourceClockAndQueue() {
            source = new InMemoryTicketSource();
            clock = new MutableClock(NOW);
            queue = new RecomputeQueue(100);
        }

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        StoreNode node() {
            return StoreNode.on(manager(), ZoneOffset.UTC);
        }

        RecomputeWorker worker(StoreNode node) {
            return new RecomputeWorker(queue, recomputer(node), RETRIES, clock, 2);
        }

        TicketRecomputer recomputer(StoreNode node) {
            return new TicketRecomputer(source, node.ledger(), node.facts(), node.writer(), node.sync(),
                    new SettingsInForce(node.settings()), new RfmTierLookup(node.rfm()), clock);
        }

        @Test
        void queuedTicketsBecomeLinesFactsRollupsAndSyncRecords() {
            StoreNode node = node();
            source.put(ticket(1, 5400, RESOLVED), RESOLVED).put(ticket(2, 1800, null), CREATED.plusSeconds(7200));
            queue.offer(1);
            queue.offer(2);

            assertThat(worker(node).runOnce(10)).isEqualTo(2);

            // 1.5 h at the default 40.00/h = 60.00 labour; one e-mail reply 1.15.
            assertThat(node.ledger().lines(1)).extracting(CostLine::sourceKey).containsExactly("worklog:10", "contact:comment:101");
            TicketFacts first = node.facts().get(1).orElseThrow().facts();
            assertThat(first.totalCost()).isEqualTo(Money.of("61.15", "EUR"));
            assertThat(first.customerTier()).as("no RFM scores yet: the default tier").isEqualTo("Basic");
            assertThat(first.fcrStatus()).isEqualTo(FcrStatus.FCR);
            assertThat(node.facts().get(2).orElseThrow().facts().totalCost()).isEqualTo(Money.of("21.15", "EUR"));
            assertThat(node.rollups().readAll()).as("only the resolved ticket is in the rollups of its day and month").hasSize(12)
                    .filteredOn(r -> r.key().isTotal() && r.key().grain() == RollupGrain.DAY).singleElement()
                    .satisfies(row -> {
                        assertThat(row.measures().resolved()).isEqualTo(1);
                        assertThat(row.key().day()).isEqualTo(RESOLVED.atZone(ZoneOffset.UTC).toLocalDate());
                    });
            assertThat(node.sync().get(1)).hasValue(new TicketSync(1, RESOLVED, 1, NOW, 0, null));
            assertThat(queue.size()).isZero();
        }

        @Test
        void aDeletedTicketIsRemovedWithEverythingStoredForIt() {
            StoreNode node = node();
            source.put(ticket(1, 5400, RESOLVED), RESOLVED);
            queue.offer(1);
            RecomputeWorker worker = worker(node);
            worker.runOnce(10);

            source.delete(1);
            queue.offer(1);
            worker.runOnce(10);

            assertThat(node.facts().get(1)).isEmpty();
            assertThat(node.ledger().lines(1)).isEmpty();
            assertThat(node.rollups().readAll()).isEmpty();
            assertThat(node.sync().get(1)).isEmpty();
            assertThat(worker.stats().recomputed()).isEqualTo(2);
        }

        @Test
        void aFailingTicketIsRetriedThenGivenUpWithoutHoldingUpOthers() {
            StoreNode node = node();
            for (long id = 1; id <= 3; id++) {
                source.put(ticket(id, 600, RESOLVED), RESOLVED);
                queue.offer(id);
            }
            source.failReads(id -> id == 2);
            RecomputeWorker worker = worker(node);

            assertThat(worker.runOnce(10)).isEqualTo(3);
            assertThat(node.facts().get(1)).isPresent();
            assertThat(node.facts().get(3)).as("the ticket behind the failing one").isPresent();
            assertThat(worker.stats()).isEqualTo(new WorkerStats(2, 1, 0, 1, List.of()));

            assertThat(worker.runOnce(10)).as("not due yet").isZero();
            clock.advance(Duration.ofSeconds(10));
            assertThat(worker.runOnce(10)).isEqualTo(1);
            clock.advance(Duration.ofSeconds(19));
            assertThat(worker.runOnce(10)).as("the second delay is 20 s").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(worker.runOnce(10)).isEqualTo(1);

            assertThat(worker.stats()).isEqualTo(new WorkerStats(2, 3, 1, 0, List.of(2L)));
            assertThat(source.reads(2)).isEqualTo(3);
            clock.advance(Duration.ofHours(1));
            assertThat(worker.runOnce(10)).as("given up: no more attempts").isZero();
            assertThat(source.reads(2)).isEqualTo(3);
            assertThat(node.facts().get(2)).isEmpty();
        }

        @Test
        void aTicketThatRecoversIsNoLongerRetried() {
            StoreNode node = node();
            source.put(ticket(1, 600, RESOLVED), RESOLVED);
            source.failReads(id -> true);
            queue.offer(1);
            RecomputeWorker worker = worker(node);
            worker.runOnce(10);

            source.failReads(id -> false);
            clock.advance(Duration.ofSeconds(10));
            worker.runOnce(10);

            assertThat(node.facts().get(1)).isPresent();
            assertThat(worker.stats()).isEqualTo(new WorkerStats(1, 1, 0, 0, List.of()));
        }

        @Test
        void newSettingsAreUsedFromTheNextBatchOnAndPreparedOncePerRevision() {
            StoreNode node = node();
            source.put(ticket(1, 5400, RESOLVED), RESOLVED);
            TicketRecomputer recomputer = recomputer(node);
            RecomputeWorker worker = new RecomputeWorker(queue, recomputer, RETRIES, clock, 10);
            queue.offer(1);
            worker.runOnce(10);
            PreparedSettings before = recomputer.settings().get();
            assertThat(recomputer.settings().refresh()).as("same revision: the same computation").isSameAs(before);

            node.settings().save(withDefaultRate("80.00"), 0, "admin", "new rate", NOW);
            queue.offer(1);
            worker.runOnce(10);

            assertThat(recomputer.settings().get().revision()).isEqualTo(1);
            assertThat(node.facts().get(1).orElseThrow().facts().totalCost()).isEqualTo(Money.of("121.15", "EUR"));
            assertThat(node.sync().get(1).orElseThrow().settingsRevision()).isEqualTo(1);
        }

        @Test
        void recomputingAnUnchangedTicketChangesNothingAndKeepsManualLines() {
            StoreNode node = node();
            source.put(ticket(1, 5400, RESOLVED), RESOLVED);
            TicketRecomputer recomputer = recomputer(node);
            recomputer.settings().refresh();
            recomputer.recompute(1);
            CostLine refund = new CostLine("manual:1", CostCategory.COMPENSATION, Money.of("20.00", "EUR"), BigDecimal.ONE,
                    "item", null, RateSource.MANUAL, RESOLVED, false, "goodwill", "bob");
            node.ledger().addManualLine(1, "SUP", refund);

            Recompute withManual = recomputer.recompute(1);
            Recompute again = recomputer.recompute(1);

            assertThat(withManual.changed()).isTrue();
            assertThat(withManual.before().totalCost()).isEqualTo(Money.of("61.15", "EUR"));
            assertThat(withManual.after().totalCost()).isEqualTo(Money.of("81.15", "EUR"));
            assertThat(again.changed()).isFalse();
            assertThat(node.ledger().lines(1)).contains(refund);
            assertThat(node.facts().get(1).map(VersionedFacts::version)).hasValue(2L);
        }

        @Test
        void aProvisionalVerdictIsDueForRecheckWhenItsReopenWindowCloses() {
            StoreNode node = node();
            Instant resolved = NOW.minus(Duration.ofDays(2));
            source.put(ticket(1, 600, resolved), resolved);
            TicketRecomputer recomputer = recomputer(node);
            recomputer.settings().refresh();

            Recompute result = recomputer.recompute(1);

            assertThat(result.after().fcrStatus()).isEqualTo(FcrStatus.PROVISIONAL);
            Instant windowEnd = resolved.plus(Duration.ofDays(7));
            assertThat(node.sync().get(1).orElseThrow().recheckAt()).isEqualTo(windowEnd);
            assertThat(node.sync().dueForRecheck(windowEnd.minusMillis(1), 0, 10)).isEmpty();
            assertThat(node.sync().dueForRecheck(windowEnd, 0, 10)).containsExactly(1L);
        }

        @Test
        void theBackgroundThreadDrainsTheQueueAndStopsGracefully() throws Exception {
            StoreNode node = node();
            CountDownLatch read = new CountDownLatch(3);
            source.afterRead(id -> read.countDown());
            for (long id = 1; id <= 3; id++) {
                source.put(ticket(id, 600, RESOLVED), RESOLVED);
            }
            RecomputeWorker worker = worker(node);
            worker.start();
            try {
                assertThatThrownBy(() -> worker.runOnce(1)).isInstanceOf(IllegalStateException.class);
                for (long id = 1; id <= 3; id++) {
                    queue.offer(id);
                }
                assertThat(read.await(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                assertThat(worker.stop(Duration.ofSeconds(30))).isTrue();
            }
            assertThat(worker.stats().recomputed()).isEqualTo(3);
            assertThat(node.rollups().readAll()).filteredOn(r -> r.key().isTotal() && r.key().grain() == RollupGrain.DAY)
                    .extracting(RollupRow::measures).singleElement().satisfies(m -> assertThat(m.resolved()).isEqualTo(3));
            assertThat(worker.runOnce(1)).as("stopped: the caller may drain again").isZero();
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
