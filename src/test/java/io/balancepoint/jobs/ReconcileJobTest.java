package io.balancepoint.jobs;

import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.money.Money;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconcileJobTest {

    static final Instant LONG_AGO = Instant.parse("2026-02-02T15:00:00Z");

    abstract static class Contract extends JobsSuite {

        ReconcileJob reconcile(StoreNode node, RecomputeQueue target, int pageSize) {
            return new ReconcileJob(source, node.sync(), target, recomputer(node), pageSize);
        }

        /** Tickets 1–6 computed: 1–5 resolved long ago (final verdicts), 6 resolved yesterday (provisional). */
        StoreNode computedTickets() {
            StoreNode node = node();
            for (long id = 1; id <= 5; id++) {
                source.put(ticket(id, 600, LONG_AGO), LONG_AGO);
            }
            Instant yesterday = NOW.minus(Duration.ofDays(1));
            source.put(ticket(6, 600, yesterday), yesterday);
            TicketRecomputer recomputer = recomputer(node);
            recomputer.settings().refresh();
            for (long id = 1; id <= 6; id++) {
                recomputer.recompute(id);
            }
            assertThat(node.facts().get(6).orElseThrow().facts().fcrStatus()).isEqualTo(FcrStatus.PROVISIONAL);
            return node;
        }

        List<Long> drain(RecomputeQueue target) throws InterruptedException {
            List<Long> ids = new ArrayList<>();
            for (long id = target.poll(0, TimeUnit.MILLISECONDS); id >= 0; id = target.poll(0, TimeUnit.MILLISECONDS)) {
                ids.add(id);
            }
            return ids;
        }

        @Test
        void anUpToDateInstallationQueuesNothing() throws Exception {
            StoreNode node = computedTickets();

            JobState end = runner(node, "node-1").runNow(reconcile(node, queue, 4)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.done()).isEqualTo(6);
            assertThat(drain(queue)).isEmpty();
            assertThat(end.message()).isEqualTo(
                    "queued: 0 without stored facts, 0 changed, 0 deleted, 0 provisional FCR expired");
        }

        @Test
        void ticketsThatChangedWithoutAnEventAreFoundAndRepaired() throws Exception {
            StoreNode node = computedTickets();
            Instant later = NOW.plus(Duration.ofHours(1));
            source.put(ticket(2, 7200, LONG_AGO), later);            // more work logged, no event
            source.delete(3);                                        // deleted, no event
            source.put(ticket(7, 600, LONG_AGO), later);             // created, no event
            source.put(ticket(9, 600, LONG_AGO), later);             // created after the last stored id

            runner(node, "node-1").runNow(reconcile(node, queue, 4));

            assertThat(drain(queue)).containsExactlyInAnyOrder(2L, 3L, 7L, 9L);
        }

        @Test
        void theRequeuedTicketsAreRepairedByTheWorker() {
            StoreNode node = computedTickets();
            source.put(ticket(2, 7200, LONG_AGO), NOW.plus(Duration.ofHours(1)));
            source.delete(3);

            runner(node, "node-1").runNow(reconcile(node, queue, 4));
            new RecomputeWorker(queue, recomputer(node), RetryPolicy.DEFAULT, clock, 10).runOnce(100);

            // 2 h at 40.00 + 1.15
            assertThat(node.facts().get(2).orElseThrow().facts().totalCost()).isEqualTo(Money.of("81.15", "EUR"));
            assertThat(node.facts().get(3)).isEmpty();
            assertThat(runner(node, "node-1").runNow(reconcile(node, queue, 4)).orElseThrow().message())
                    .isEqualTo("queued: 0 without stored facts, 0 changed, 0 deleted, 0 provisional FCR expired");
        }

        @Test
        void factsWrittenByAnotherComputationThanTheSyncRecordDescribesAreStale() throws Exception {
            StoreNode node = computedTickets();
            TicketFacts stored = node.facts().get(4).orElseThrow().facts();
            // Another node wrote facts from an older snapshot after this sync record was written.
            TicketFacts older = new TicketFacts(stored.issueId(), stored.issueKey(), stored.projectKey(), stored.requestType(),
                    stored.channel(), stored.priority(), stored.customerKey(), stored.organisation(), stored.customerTier(),
                    stored.supportTier(), stored.created(), stored.resolvedAt(), stored.resolution(), stored.realResolution(),
                    stored.resolvedBy(), Money.of("1.00", "EUR"), stored.costByCategory(), stored.labourSeconds(),
                    stored.labourEstimated(), stored.agentContacts(), stored.customerFollowUps(), stored.reopenCount(),
                    stored.firstResponse(), stored.resolutionTime(), stored.csat(), stored.fcrStatus());
            node.writer().write(4, List.of(), older);

            runner(node, "node-1").runNow(reconcile(node, queue, 4));

            assertThat(drain(queue)).containsExactly(4L);
        }

        @Test
        void aProvisionalVerdictWhoseReopenWindowClosedIsRecomputedToFcr() throws Exception {
            StoreNode node = computedTickets();
            runner(node, "node-1").runNow(reconcile(node, queue, 4));
            assertThat(drain(queue)).as("the window is still open").isEmpty();

            clock.advance(Duration.ofDays(6));
            JobState end = runner(node, "node-1").runNow(reconcile(node, queue, 4)).orElseThrow();

            assertThat(end.message()).endsWith("1 provisional FCR expired");
            assertThat(drain(queue)).containsExactly(6L);
            recomputer(node).recompute(6);
            assertThat(node.facts().get(6).orElseThrow().facts().fcrStatus()).isEqualTo(FcrStatus.FCR);
            assertThat(node.sync().get(6).orElseThrow().recheckAt()).isNull();
        }

        @Test
        void aFullPassClearsTheOverflowAndRepairsWhatDidNotFitInTheQueue() throws Exception {
            StoreNode node = computedTickets();
            RecomputeQueue small = new RecomputeQueue(2);
            for (long id = 100; id <= 102; id++) {
                small.offer(id);
            }
            assertThat(small.overflowed()).isTrue();
            drain(small);
            for (long id = 1; id <= 5; id++) {
                source.put(ticket(id, 1200, LONG_AGO), NOW.plus(Duration.ofHours(1)));
            }

            runner(node, "node-1").runNow(reconcile(node, small, 4));

            assertThat(small.overflowed()).isFalse();
            assertThat(drain(small)).hasSize(2);
            long repairedByTheJob = java.util.stream.LongStream.rangeClosed(1, 5)
                    .filter(id -> node.facts().get(id).orElseThrow().facts().labourSeconds() == 1200).count();
            assertThat(repairedByTheJob).as("what did not fit was recomputed by the job itself").isEqualTo(3);
        }

        @Test
        void dropsDuringThePassKeepTheOverflowForTheNextPass() {
            StoreNode node = computedTickets();
            RecomputeQueue small = new RecomputeQueue(1);
            small.offer(100);
            small.offer(101);
            source.put(ticket(2, 1200, LONG_AGO), NOW.plus(Duration.ofHours(1)));
            // While the job recomputes ticket 2 itself (the queue is full), an event for another ticket is dropped.
            source.afterRead(id -> small.offer(200 + id));

            runner(node, "node-1").runNow(reconcile(node, small, 4));

            assertThat(small.droppedCount()).as("one drop by the job, one by the event").isEqualTo(3);
            assertThat(small.overflowed()).isTrue();
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
