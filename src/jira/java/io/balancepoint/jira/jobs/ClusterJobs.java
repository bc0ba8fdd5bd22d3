package io.balancepoint.jira.jobs;

import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.balancepoint.jira.JiraServices;
import io.balancepoint.jobs.BackfillJob;
import io.balancepoint.jobs.Job;
import io.balancepoint.jobs.JobRunner;
import io.balancepoint.jobs.RecalculationJob;
import io.balancepoint.jobs.RecalculationRequest;
import io.balancepoint.jobs.ReconcileJob;
import io.balancepoint.jobs.RfmScoringJob;
import io.balancepoint.jobs.RollupRebuildJob;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.store.JobState;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The jobs in Jira. Periodic ones (reconcile hourly, RFM scoring daily) are Atlassian Scheduler jobs
 * with {@code RUN_ONCE_PER_CLUSTER}; jobs an admin starts through REST run on the node that got the
 * request. Either way the job claims its lease in the job-state table first ({@link JobRunner}), so
 * it never runs twice at once anywhere in the cluster, and its progress is in the database, not here.
 */
@Named
public final class ClusterJobs implements JobLauncher {

    static final JobRunnerKey RECONCILE = JobRunnerKey.of("io.balancepoint.reconcile");
    static final JobRunnerKey RFM_SCORING = JobRunnerKey.of("io.balancepoint.rfm-scoring");
    static final int PAGE = 200;

    private final SchedulerService scheduler;
    private final JiraServices services;
    private final JobRunner runner;
    private ExecutorService executor;

    @Inject
    public ClusterJobs(@ComponentImport SchedulerService scheduler, @ComponentImport ClusterManager cluster,
                       JiraServices services) {
        this.scheduler = scheduler;
        this.services = services;
        String node = cluster.getNodeId() == null ? "standalone" : cluster.getNodeId();
        this.runner = new JobRunner(services.jobStateStore(), node, services.clock(), JobRunner.DEFAULT_STALE_AFTER);
    }

    /** Registers this node's runners and schedules the periodic jobs unless the cluster already has them. */
    public synchronized void start() throws SchedulerServiceException {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "balance-point-jobs");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.registerJobRunner(RECONCILE, request -> run(reconcile()));
        scheduler.registerJobRunner(RFM_SCORING, request -> run(new RfmScoringJob(services.customerRequests(),
                services.rfmScores(), services.settingsInForce(), services.organisations())));
        schedule(RECONCILE, Duration.ofHours(1));
        schedule(RFM_SCORING, Duration.ofDays(1));
    }

    /** Unregisters the runners (the schedules stay, and run again once the plugin is back) and stops the executor. */
    public synchronized void stop() {
        scheduler.unregisterJobRunner(RECONCILE);
        scheduler.unregisterJobRunner(RFM_SCORING);
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public Optional<JobState> start(Launch launch) {
        Job job = switch (launch) {
            case Backfill b -> new BackfillJob(services.tickets(), services.recomputer(), services.queue(), PAGE, false);
            case Recalculation r -> new RecalculationJob(services.recalculationScope(), services.recomputer(),
                    services.auditStore(), new RecalculationRequest(r.days(), r.actor()), PAGE);
            case Reconcile r -> reconcile();
            case RollupRebuild r -> new RollupRebuildJob(services.factsStore(), services.rollupStore(), services.auditStore(),
                    Optional.ofNullable(r.projectKey()), r.actor());
        };
        ExecutorService running = executor;
        if (running == null) {
            throw new IllegalStateException("Balance Point is starting or stopping; try again in a moment");
        }
        return runner.start(job, running);
    }

    private Job reconcile() {
        return new ReconcileJob(services.tickets(), services.syncStore(), services.queue(), services.recomputer(), PAGE);
    }

    private JobRunnerResponse run(Job job) {
        services.settingsInForce().refresh();
        return runner.runNow(job)
                .map(state -> JobRunnerResponse.success(state.status().name()))
                .orElseGet(() -> JobRunnerResponse.success("running on another node"));
    }

    /**
     * Schedules the job once for the cluster. The schedule is kept in the database, so a node that
     * starts later finds it and leaves it alone; re-scheduling on every start would push the next run
     * back each time a node restarts.
     */
    private void schedule(JobRunnerKey key, Duration every) throws SchedulerServiceException {
        JobId id = JobId.of(key.toString());
        JobDetails existing = scheduler.getJobDetails(id);
        IntervalScheduleInfo interval = existing == null ? null : existing.getSchedule().getIntervalScheduleInfo();
        if (interval != null && interval.getIntervalInMillis() == every.toMillis()) {
            return;
        }
        Date firstRun = new Date(System.currentTimeMillis() + every.toMillis());
        scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(every.toMillis(), firstRun)));
    }
}
