package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobStateStoreTest {

    static final Instant T0 = Instant.parse("2026-05-04T02:00:00Z");
    static final Duration STALE = Duration.ofMinutes(10);
    static final Function<JobState, JobProgress> FRESH = previous -> JobProgress.start();

    @Test
    void rateAndEtaComeFromTheProgressOfTheCurrentRun() {
        // A resumed run: 400 were done before it started; 600 more in 120 s -> 5/s; 1000 left -> 200 s.
        JobState state = new JobState("backfill", JobStatus.RUNNING, 1000, 2000, 400, T0, T0.plusSeconds(120),
                "1000", null, "node-1", false, 7);
        assertThat(state.ratePerSecond()).hasValue(5.0);
        assertThat(state.eta()).hasValue(Duration.ofSeconds(200));

        JobState justStarted = new JobState("backfill", JobStatus.RUNNING, 400, 2000, 400, T0, T0, null, null, "n", false, 1);
        assertThat(justStarted.ratePerSecond()).isEmpty();
        assertThat(justStarted.eta()).isEmpty();
        JobState unknownTotal = new JobState("reconcile", JobStatus.RUNNING, 10, 0, 0, T0, T0.plusSeconds(2), null, null, "n", false, 1);
        assertThat(unknownTotal.ratePerSecond()).hasValue(5.0);
        assertThat(unknownTotal.eta()).isEmpty();
        JobState done = new JobState("backfill", JobStatus.DONE, 2000, 2000, 0, T0, T0.plusSeconds(400), null, null, null, false, 9);
        assertThat(done.eta()).isEmpty();
    }

    @Test
    void aRunningJobIsClaimableOnlyOnceItsHeartbeatIsStale() {
        JobState running = new JobState("j", JobStatus.RUNNING, 0, 0, 0, T0, T0.plusSeconds(60), null, null, "n", false, 1);
        assertThat(running.claimableAt(T0.plusSeconds(60).plus(STALE).minusMillis(1), STALE)).isFalse();
        assertThat(running.claimableAt(T0.plusSeconds(60).plus(STALE), STALE)).isTrue();
        assertThat(JobState.never("j").claimableAt(T0, STALE)).isTrue();
    }

    @Test
    void cursorsLongerThanTheColumnAreRejected() {
        assertThatThrownBy(() -> new JobProgress(0, 0, "9".repeat(JobProgress.MAX_CURSOR_LENGTH + 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobProgress(-1, 0, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    abstract static class Contract extends StoreSuite {

        @Test
        void aJobNeverRunIsIdle() {
            JobStateStore store = new JobStateStore(node().storage());
            assertThat(store.state("backfill")).isEqualTo(JobState.never("backfill"));
            assertThat(store.all()).isEmpty();
        }

        @Test
        void aClaimedJobRunsOnOneNodeUntilItFinishes() {
            JobStateStore one = new JobStateStore(node().storage());
            JobStateStore two = new JobStateStore(otherNode().storage());

            JobLease lease = one.claim("backfill", "node-1", T0, STALE, FRESH).orElseThrow();
            assertThat(lease.previous()).isEqualTo(JobState.never("backfill"));
            assertThat(two.claim("backfill", "node-2", T0.plusSeconds(1), STALE, FRESH)).isEmpty();

            JobState reported = one.report(lease, new JobProgress(50, 200, "50", "page 1"), T0.plusSeconds(10));
            assertThat(reported.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(two.state("backfill")).isEqualTo(reported);
            assertThat(reported.leaseOwner()).isEqualTo("node-1");
            assertThat(reported.ratePerSecond()).hasValue(5.0);

            JobState done = one.finish(lease, JobStatus.DONE, new JobProgress(200, 200, "200", "all done"), T0.plusSeconds(40));
            assertThat(two.state("backfill")).isEqualTo(done);
            assertThat(done.leaseOwner()).isNull();
            assertThat(done.startedAt()).isEqualTo(T0);
            assertThat(done.updatedAt()).isEqualTo(T0.plusSeconds(40));
            assertThatThrownBy(() -> one.report(lease, new JobProgress(1, 1, null, null), T0.plusSeconds(41)))
                    .isInstanceOf(LeaseLostException.class);

            JobLease next = two.claim("backfill", "node-2", T0.plusSeconds(41), STALE, previous ->
                    new JobProgress(previous.done(), previous.total(), previous.cursor(), "resumed")).orElseThrow();
            assertThat(next.previous()).isEqualTo(done);
            assertThat(next.started().cursor()).isEqualTo("200");
            assertThat(next.started().runStartDone()).isEqualTo(200);
            assertThat(one.all()).containsExactly(next.started());
        }

        @Test
        void aStaleLeaseIsTakenOverAndTheOldRunCanWriteNothingMore() {
            JobStateStore one = new JobStateStore(node().storage());
            JobStateStore two = new JobStateStore(otherNode().storage());
            JobLease old = one.claim("reconcile", "node-1", T0, STALE, FRESH).orElseThrow();
            one.report(old, new JobProgress(10, 0, "10", null), T0.plusSeconds(30));

            assertThat(two.claim("reconcile", "node-2", T0.plusSeconds(30).plus(STALE).minusSeconds(1), STALE, FRESH)).isEmpty();
            JobLease taken = two.claim("reconcile", "node-2", T0.plusSeconds(30).plus(STALE), STALE,
                    previous -> new JobProgress(previous.done(), 0, previous.cursor(), null)).orElseThrow();

            assertThat(taken.previous().leaseOwner()).isEqualTo("node-1");
            assertThat(taken.started().cursor()).isEqualTo("10");
            assertThatThrownBy(() -> one.report(old, new JobProgress(20, 0, "20", null), T0.plusSeconds(700)))
                    .isInstanceOf(LeaseLostException.class).hasMessageContaining("node-2");
            assertThatThrownBy(() -> one.finish(old, JobStatus.DONE, new JobProgress(20, 0, "20", null), T0.plusSeconds(700)))
                    .isInstanceOf(LeaseLostException.class);
            assertThat(two.state("reconcile").leaseOwner()).isEqualTo("node-2");
            assertThat(two.state("reconcile").cursor()).isEqualTo("10");
        }

        @Test
        void theSameNodeClaimingAgainDoesNotGetASecondRun() {
            JobStateStore store = new JobStateStore(node().storage());
            store.claim("rebuild", "node-1", T0, STALE, FRESH).orElseThrow();
            assertThat(store.claim("rebuild", "node-1", T0.plusSeconds(1), STALE, FRESH)).isEmpty();
        }

        @Test
        void aCancelRequestReachesTheRunAtItsNextReport() {
            JobStateStore one = new JobStateStore(node().storage());
            JobStateStore two = new JobStateStore(otherNode().storage());
            assertThat(two.requestCancel("backfill")).as("nothing runs").isFalse();
            JobLease lease = one.claim("backfill", "node-1", T0, STALE, FRESH).orElseThrow();

            assertThat(two.requestCancel("backfill")).isTrue();
            JobState seen = one.report(lease, new JobProgress(5, 10, "5", null), T0.plusSeconds(1));

            assertThat(seen.cancelRequested()).isTrue();
            JobState cancelled = one.finish(lease, JobStatus.CANCELLED, new JobProgress(5, 10, "5", "cancelled"), T0.plusSeconds(2));
            assertThat(cancelled.cancelRequested()).isFalse();
            assertThat(two.requestCancel("backfill")).isFalse();
        }

        @Test
        void aRunCannotFinishAsRunning() {
            JobStateStore store = new JobStateStore(node().storage());
            JobLease lease = store.claim("j", "n", T0, STALE, FRESH).orElseThrow();
            assertThatThrownBy(() -> store.finish(lease, JobStatus.RUNNING, JobProgress.start(), T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void ofNodesRacingToClaimExactlyOneWins() throws Exception {
            List<JobStateStore> nodes = List.of(new JobStateStore(node().storage()),
                    new JobStateStore(otherNode().storage()), new JobStateStore(otherNode().storage()));
            // Round 0 races for a job without a row (unique name decides), later rounds over a finished row (version decides).
            for (int round = 0; round < 4; round++) {
                Instant at = T0.plusSeconds(round * 100L);
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
                List<Optional<JobLease>> results = new ArrayList<>();
                try {
                    List<Future<Optional<JobLease>>> futures = new ArrayList<>();
                    for (int n = 0; n < nodes.size(); n++) {
                        futures.add(pool.submit(claiming(nodes.get(n), "node-" + n, at, start)));
                    }
                    start.countDown();
                    for (Future<Optional<JobLease>> f : futures) {
                        results.add(f.get());
                    }
                } finally {
                    pool.shutdownNow();
                }
                List<JobLease> winners = results.stream().flatMap(Optional::stream).toList();
                assertThat(winners).as("round " + round).hasSize(1);
                JobLease winner = winners.get(0);
                assertThat(nodes.get(0).state("race").leaseOwner()).isEqualTo(winner.owner());
                nodes.get(0).finish(winner, JobStatus.DONE, JobProgress.start(), at.plusSeconds(1));
            }
        }

        private static Callable<Optional<JobLease>> claiming(JobStateStore store, String owner, Instant at, CountDownLatch start) {
            return () -> {
                start.await();
                return store.claim("race", owner, at, STALE, FRESH);
            };
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
