package io.balancepoint.workbench;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.jobs.BackfillJob;
import io.balancepoint.jobs.Job;
import io.balancepoint.jobs.JobRunner;
import io.balancepoint.jobs.RecalculationJob;
import io.balancepoint.jobs.RecalculationRequest;
import io.balancepoint.jobs.ReconcileJob;
import io.balancepoint.jobs.RfmScoringJob;
import io.balancepoint.jobs.RollupRebuildJob;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.CustomerRequestScan;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.JobState;
import io.balancepoint.store.RecalculationScope;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.tiering.OrganisationAttributes;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The workbench's jobs: builds each job from the workbench's ports and runs it under the job
 * runner's lease on the one job thread, whether an admin started it through the API or the
 * schedule did (reconcile, RFM scoring), as Jira's scheduler and the plugin's launcher would.
 */
final class WorkbenchJobs implements JobLauncher {

    private static final int PAGE = 200;

    /** The jobs the workbench runs on a schedule. */
    enum Scheduled { RECONCILE, RFM_SCORING }

    private final JobRunner runner;
    private final ExecutorService executor;
    private final TicketSource source;
    private final TicketRecomputer recomputer;
    private final RecomputeQueue queue;
    private final TicketSyncStore sync;
    private final FactsStore facts;
    private final RollupStore rollups;
    private final AuditStore audit;
    private final RecalculationScope scope;
    private final CustomerRequestScan requests;
    private final RfmScoreStore scores;
    private final SettingsInForce settings;
    private final OrganisationAttributes organisations;

    WorkbenchJobs(JobRunner runner, ExecutorService executor, io.balancepoint.workbench.tickets.WorkbenchTickets tickets,
                  TicketRecomputer recomputer, RecomputeQueue queue, TicketSyncStore sync, FactsStore facts, RollupStore rollups,
                  AuditStore audit, RecalculationScope scope, CustomerRequestScan requests, RfmScoreStore scores,
                  SettingsInForce settings) {
        this.runner = runner;
        this.executor = executor;
        this.source = tickets;
        this.organisations = tickets;
        this.recomputer = recomputer;
        this.queue = queue;
        this.sync = sync;
        this.facts = facts;
        this.rollups = rollups;
        this.audit = audit;
        this.scope = scope;
        this.requests = requests;
        this.scores = scores;
        this.settings = settings;
    }

    @Override
    public Optional<JobState> start(Launch launch) {
        Job job = switch (launch) {
            case Backfill b -> new BackfillJob(source, recomputer, queue, PAGE, false);
            case Recalculation r -> new RecalculationJob(scope, recomputer, audit, new RecalculationRequest(r.days(), r.actor()), PAGE);
            case Reconcile r -> new ReconcileJob(source, sync, queue, recomputer, PAGE);
            case RollupRebuild r -> new RollupRebuildJob(facts, rollups, audit, Optional.ofNullable(r.projectKey()), r.actor());
        };
        return runner.start(job, executor);
    }

    /** Starts a scheduled job unless it runs already. */
    void scheduled(Scheduled which) {
        Job job = switch (which) {
            case RECONCILE -> new ReconcileJob(source, sync, queue, recomputer, PAGE);
            case RFM_SCORING -> new RfmScoringJob(requests, scores, settings, organisations);
        };
        runner.start(job, executor);
    }
}
