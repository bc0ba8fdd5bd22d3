package io.balancepoint.rest;

import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import io.balancepoint.jobs.Job;
import io.balancepoint.jobs.JobRun;
import io.balancepoint.jobs.JobRunner;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.store.ExportScan;
import java.util.concurrent.CopyOnWriteArrayList;
import io.balancepoint.rest.ticket.RecomputeRequests;
import io.balancepoint.dispatch.RoutingDryRuns;
import io.balancepoint.routing.AssigneePoolSource;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.RecentTickets;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.ticket.InMemoryTicketSource;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.ManualCosts;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.workbench.api.ApiServer;
import org.junit.jupiter.api.BeforeEach;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API tests over the stores: the full schema on embedded HSQLDB (empty before each
 * test), every store of one node, an in-memory ticket source, and the API over real HTTP with those
 * stores and a fixed clock.
 */
abstract class StoredApiTest extends DatabaseTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<Long> recomputed = new CopyOnWriteArrayList<>();
    /** The host's tickets as the dry run reads them; empty before each test. */
    private final InMemoryTicketSource tickets = new InMemoryTicketSource();
    private final List<JobLauncher.Launch> launched = new CopyOnWriteArrayList<>();
    private StoreNode node;
    private TestApi api;

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        return StoreSchema.ENTITIES;
    }

    @BeforeAll
    final void startApi() {
        node = StoreNode.on(manager(), ZONE);
        api = TestApi.start(builder -> bind(builder, node));
    }

    /** The services the resources need: the stores of the node, a recording recompute port, a fixed clock. */
    private void bind(ApiServer.Builder builder, StoreNode stores) {
        builder.service(SettingsStore.class, stores.settings())
                .service(FactsStore.class, stores.facts())
                .service(RollupStore.class, stores.rollups())
                .service(AuditStore.class, stores.audit())
                .service(ManualCosts.class, new ManualCosts(stores.storage()))
                .service(RecomputeRequests.class, recomputed::add)
                .service(JobLauncher.class, this::launch)
                .service(JobStateStore.class, stores.jobs())
                .service(ExportScan.class, new ExportScan(stores.storage()))
                .service(RoutingDecisionStore.class, new RoutingDecisionStore(stores.storage()))
                .service(RoutingDryRuns.class, new RoutingDryRuns(new RecentTickets(stores.storage()), tickets, stores.facts(),
                        new RoutingDecisionStore(stores.storage()), AssigneePoolSource.NONE, Clock.fixed(NOW, ZoneOffset.UTC)))
                .service(Clock.class, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * The test's job launcher: claims the job under the real lease and leaves it running (its work
     * is never executed), so a second start finds it running; records what was launched.
     */
    private Optional<JobState> launch(JobLauncher.Launch launch) {
        String name = switch (launch) {
            case JobLauncher.Backfill b -> "backfill";
            case JobLauncher.Recalculation r -> "recalculation";
            case JobLauncher.Reconcile r -> "reconcile";
            case JobLauncher.RollupRebuild r -> "rollup-rebuild";
        };
        Optional<JobState> started = new JobRunner(node.jobs(), "node-1", Clock.fixed(NOW, ZoneOffset.UTC),
                JobRunner.DEFAULT_STALE_AFTER).start(new IdleJob(name), task -> { });
        started.ifPresent(state -> launched.add(launch));
        return started;
    }

    /** A job whose work the test never runs. */
    private record IdleJob(String name) implements Job {
        @Override
        public JobProgress execute(JobRun run) {
            throw new AssertionError("not run in the API tests");
        }
    }

    /** The jobs the API launched in this test, in order. */
    List<JobLauncher.Launch> launched() {
        return List.copyOf(launched);
    }

    @BeforeEach
    final void forgetRecomputes() {
        tickets.ticketsAfter(0, Integer.MAX_VALUE).forEach(stamp -> tickets.delete(stamp.issueId()));
        recomputed.clear();
        launched.clear();
    }

    /** The issue ids the API asked to recompute in this test, in order. */
    List<Long> recomputed() {
        return List.copyOf(recomputed);
    }

    @AfterAll
    final void stopApi() {
        if (api != null) {
            api.close();
        }
    }

    /** The ticket source the API reads snapshots from. */
    InMemoryTicketSource tickets() {
        return tickets;
    }

    StoreNode stores() {
        return node;
    }

    ApiClient client() {
        return api.client();
    }
}
