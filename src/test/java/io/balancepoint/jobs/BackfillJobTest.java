package io.balancepoint.jobs;

import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BackfillJobTest {

    static final Instant RESOLVED = Instant.parse("2026-03-02T15:00:00Z");

    /** Stands for the JVM of a node dying: not an exception any layer handles. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("the node died");
        }
    }

    abstract static class Contract extends JobsSuite {

        void tickets(int count) {
            for (long id = 1; id <= count; id++) {
                source.put(ticket(id, 600 * id, RESOLVED), RESOLVED);
            }
        }

        BackfillJob backfill(StoreNode node, boolean fromStart) {
            return new BackfillJob(source, recomputer(node), queue, 10, fromStart);
        }

        @Test
        void everyTicketIsComputedOncePageByPage() {
            StoreNode node = node();
            tickets(25);

            JobState end = runner(node, "node-1").runNow(backfill(node, false)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.done()).isEqualTo(25);
            assertThat(end.total()).isEqualTo(25);
            assertThat(end.cursor()).isEqualTo("25");
            assertThat(end.message()).isEqualTo("all 25 tickets computed; no failures");
            assertThat(source.reads()).hasSize(25).allSatisfy((id, reads) -> assertThat(reads).as("issue " + id).isEqualTo(1));
            assertThat(LongStream.rangeClosed(1, 25)).allSatisfy(id -> assertThat(node.facts().get(id)).isPresent());
            assertThat(node.jobs().state(BackfillJob.NAME)).isEqualTo(end);
        }

        @Test
        void aTakenOverRunResumesAfterTheLastCommittedPageWithoutRedoingIt() {
            StoreNode one = node();
            StoreNode two = otherNode();
            tickets(25);
            AtomicBoolean died = new AtomicBoolean();
            source.afterRead(id -> {
                if (id == 17 && died.compareAndSet(false, true)) {
                    throw new NodeDied();
                }
            });

            assertThatThrownBy(() -> runner(one, "node-1").runNow(backfill(one, false))).isInstanceOf(NodeDied.class);
            JobState left = two.jobs().state(BackfillJob.NAME);
            assertThat(left.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(left.leaseOwner()).isEqualTo("node-1");
            assertThat(left.cursor()).as("the last page fully committed").isEqualTo("10");

            assertThat(runner(two, "node-2").runNow(backfill(two, false))).as("the lease is still fresh").isEmpty();
            clock.advance(STALE);
            JobState end = runner(two, "node-2").runNow(backfill(two, false)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.done()).isEqualTo(25);
            assertThat(end.runStartDone()).as("the resumed run started at the cursor").isEqualTo(10);
            for (long id = 1; id <= 25; id++) {
                int expectedReads = id <= 10 || id > 17 ? 1 : 2;
                assertThat(source.reads(id)).as("reads of issue " + id).isEqualTo(expectedReads);
                assertThat(two.facts().get(id).map(VersionedFacts::version)).as("writes of issue " + id).hasValue(1L);
            }
        }

        @Test
        void aCancelledRunStopsAtItsNextReportAndTheNextRunContinues() {
            StoreNode node = node();
            tickets(25);
            JobRunner runner = runner(node, "node-1");
            source.afterRead(id -> {
                if (id == 15) {
                    runner.cancel(BackfillJob.NAME);
                }
            });

            JobState cancelled = runner.runNow(backfill(node, false)).orElseThrow();
            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(cancelled.cursor()).isEqualTo("20");
            assertThat(cancelled.done()).isEqualTo(20);

            source.afterRead(id -> { });
            JobState end = runner.runNow(backfill(node, false)).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(source.reads()).allSatisfy((id, reads) -> assertThat(reads).as("issue " + id).isEqualTo(1));

            runner.runNow(backfill(node, true));
            assertThat(source.reads(1)).as("fromStart begins at the first ticket again").isEqualTo(2);
        }

        @Test
        void aFinishedBackfillStartsOverNextTime() {
            StoreNode node = node();
            tickets(3);
            JobRunner runner = runner(node, "node-1");
            runner.runNow(backfill(node, false));
            source.put(ticket(4, 600, RESOLVED), RESOLVED);

            JobState second = runner.runNow(backfill(node, false)).orElseThrow();

            assertThat(second.done()).isEqualTo(4);
            assertThat(source.reads(1)).isEqualTo(2);
        }

        @Test
        void aFailingTicketGoesToTheWorkerAndTheBackfillGoesOn() {
            StoreNode node = node();
            tickets(12);
            source.failReads(id -> id == 4);

            JobState end = runner(node, "node-1").runNow(backfill(node, false)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.message()).isEqualTo("all 12 tickets computed; 1 failed and were queued for retry");
            assertThat(node.facts().get(4)).isEmpty();
            assertThat(node.facts().get(12)).isPresent();
            assertThat(queue.size()).isEqualTo(1);
        }

        @Test
        void aPageOnWhichEveryTicketFailsStopsTheRunWhereItCanResume() {
            StoreNode node = node();
            tickets(25);
            source.failReads(id -> id > 10);

            JobState failed = runner(node, "node-1").runNow(backfill(node, false)).orElseThrow();

            assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
            assertThat(failed.cursor()).isEqualTo("10");
            assertThat(failed.message()).startsWith("failed: every ticket of the page after issue 10 failed");
            source.failReads(id -> false);
            JobState end = runner(node, "node-1").runNow(backfill(node, false)).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(source.reads(5)).isEqualTo(1);
        }

        @Test
        void whileOneNodeRunsItNoOtherNodeStartsIt() {
            StoreNode one = node();
            StoreNode two = otherNode();
            tickets(12);
            List<Optional<JobState>> secondAttempts = new ArrayList<>();
            JobRunner other = runner(two, "node-2");
            source.afterRead(id -> {
                if (id == 11) {
                    secondAttempts.add(other.runNow(backfill(two, false)));
                }
            });

            JobState end = runner(one, "node-1").runNow(backfill(one, false)).orElseThrow();

            assertThat(secondAttempts).containsExactly(Optional.empty());
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.ratePerSecond()).as("no time passed on the test clock").isEmpty();
        }

        @Test
        void progressCarriesRateAndEta() {
            StoreNode node = node();
            tickets(30);
            List<JobState> seen = new ArrayList<>();
            source.afterRead(id -> {
                clock.advance(Duration.ofMillis(500));
                if (id == 21) {
                    seen.add(node.jobs().state(BackfillJob.NAME));
                }
            });

            runner(node, "node-1").runNow(backfill(node, false));

            // 20 tickets at 0.5 s each when ticket 21 is read: 2 per second, 10 left -> 5 s.
            assertThat(seen).singleElement().satisfies(state -> {
                assertThat(state.done()).isEqualTo(20);
                assertThat(state.ratePerSecond()).hasValue(2.0);
                assertThat(state.eta()).hasValue(Duration.ofSeconds(5));
            });
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
