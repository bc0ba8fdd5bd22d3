package io.balancepoint.jobs;

import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.store.AuditAction;
import io.balancepoint.store.AuditEntry;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.RollupRow;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollupRebuildJobTest {

    abstract static class Contract extends JobsSuite {

        @Test
        void aRebuildEqualsTheIncrementalRollupsAndIsAudited() {
            StoreNode node = node();
            RecomputeWorker worker = new RecomputeWorker(queue, recomputer(node), RetryPolicy.DEFAULT, clock, 5);
            // Tickets resolved over three days, then changed, moved to another day, reopened and deleted.
            for (long id = 1; id <= 12; id++) {
                Instant resolved = Instant.parse("2026-03-02T15:00:00Z").plus(Duration.ofDays(id % 3));
                source.put(ticket(id, 600 * id, resolved), resolved);
                queue.offer(id);
            }
            worker.runOnce(100);
            source.put(ticket(2, 99, Instant.parse("2026-03-09T10:00:00Z")), NOW);
            source.put(ticket(5, 600, null), NOW);
            source.delete(7);
            for (long id : new long[] {2, 5, 7}) {
                queue.offer(id);
            }
            worker.runOnce(100);
            List<RollupRow> incremental = node.rollups().readAll();

            JobState end = runner(node, "node-1").runNow(
                    new RollupRebuildJob(node.facts(), node.rollups(), node.audit(), Optional.empty(), "admin")).orElseThrow();

            assertThat(node.rollups().readAll()).isNotEmpty().isEqualTo(incremental);
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.done()).isEqualTo(incremental.size());
            AuditEntry entry = node.audit().page(0, 1).get(0).entry();
            assertThat(entry.action()).isEqualTo(AuditAction.ROLLUP_REBUILD);
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.subject()).isEqualTo("all projects");
            assertThat(entry.details().get("rows").asInt()).isEqualTo(incremental.size());
        }

        @Test
        void aRebuildRepairsRollupsThatDriftedFromTheFacts() {
            StoreNode node = node();
            Instant resolved = Instant.parse("2026-03-02T15:00:00Z");
            source.put(ticket(1, 600, resolved), resolved);
            recomputer(node).recompute(1);
            List<RollupRow> correct = node.rollups().readAll();
            node.rollups().applyChange(null, node.facts().get(1).orElseThrow().facts());
            assertThat(node.rollups().readAll()).isNotEqualTo(correct);

            runner(node, "node-1").runNow(new RollupRebuildJob(node.facts(), node.rollups(), node.audit(),
                    Optional.of("SUP"), null));

            assertThat(node.rollups().readAll()).isEqualTo(correct);
            assertThat(node.audit().page(0, 1).get(0).entry().subject()).isEqualTo("SUP");
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
