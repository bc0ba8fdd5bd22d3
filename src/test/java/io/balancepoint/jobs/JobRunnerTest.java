package io.balancepoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    /** A job that reports twice and then does what it is told. */
    record ScriptedJob(String name, Runnable atTheEnd) implements Job {
        @Override
        public JobProgress execute(JobRun run) {
            run.report(new JobProgress(1, 2, "1", "half way"));
            atTheEnd.run();
            return new JobProgress(2, 2, "2", "finished");
        }
    }

    abstract static class Contract extends JobsSuite {

        @Test
        void aJobThatGoesThroughIsDone() {
            JobState end = runner(node(), "node-1").runNow(new ScriptedJob("j", () -> { })).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.message()).isEqualTo("finished");
            assertThat(end.leaseOwner()).isNull();
        }

        @Test
        void aJobThatThrowsFailsWithItsMessageAndKeepsItsProgress() {
            JobState end = runner(node(), "node-1").runNow(new ScriptedJob("j", () -> {
                throw new IllegalStateException("Jira is unreachable");
            })).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.FAILED);
            assertThat(end.message()).isEqualTo("failed: Jira is unreachable");
            assertThat(end.cursor()).isEqualTo("1");
            assertThat(end.done()).isEqualTo(1);
        }

        @Test
        void aJobStartedInTheBackgroundIsClaimedAtOnce() {
            StoreNode node = node();
            JobRunner runner = runner(node, "node-1");
            List<Runnable> executor = new ArrayList<>();

            Optional<JobState> started = runner.start(new ScriptedJob("j", () -> { }), executor::add);

            assertThat(started).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(JobStatus.RUNNING));
            assertThat(runner.runNow(new ScriptedJob("j", () -> { }))).as("claimed, though not yet running").isEmpty();
            executor.forEach(Runnable::run);
            assertThat(runner.state("j").status()).isEqualTo(JobStatus.DONE);
        }

        @Test
        void aJobTheExecutorRefusesIsNotLeftRunning() {
            JobRunner runner = runner(node(), "node-1");

            Optional<JobState> refused = runner.start(new ScriptedJob("j", () -> { }), task -> {
                throw new RejectedExecutionException("pool is shut down");
            });

            assertThat(refused).hasValueSatisfying(s -> {
                assertThat(s.status()).isEqualTo(JobStatus.FAILED);
                assertThat(s.message()).isEqualTo("not started: pool is shut down");
            });
            assertThat(runner.runNow(new ScriptedJob("j", () -> { }))).isPresent();
        }

        @Test
        void cancellingAJobThatDoesNotRunDoesNothing() {
            assertThat(runner(node(), "node-1").cancel("j")).isFalse();
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
