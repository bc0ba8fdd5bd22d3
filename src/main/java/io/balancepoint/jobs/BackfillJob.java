package io.balancepoint.jobs;

import io.balancepoint.ingest.RecomputeBatch;
import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every ticket of the source, page by page in issue-id order (only one page of ids is
 * held at a time). The cursor is the last issue id of the last page whose tickets were all
 * committed; a run that was interrupted, failed or was cancelled is continued after it by the next
 * run, so at most the page in flight is recomputed again (which is a no-op for its tickets already
 * written). Each page is recomputed as a batch, a few statements per hundred tickets. Only a run that finished starts over from the first ticket
 * (or one started with {@code fromStart}).
 *
 * <p>A ticket that fails is handed to the recompute queue, whose worker retries it, and the
 * backfill goes on; a page on which every ticket fails (the database or Jira is down) stops the run
 * as FAILED, to be resumed later from the same page.
 */
public final class BackfillJob implements Job {

    public static final String NAME = "backfill";

    private static final Logger LOG = LoggerFactory.getLogger(BackfillJob.class);

    private final TicketSource source;
    private final TicketRecomputer recomputer;
    private final RecomputeQueue retries;
    private final int pageSize;
    private final boolean fromStart;

    /**
     * @param retries   where failed tickets go for the worker to retry
     * @param fromStart start from the first ticket even if the last run did not finish
     */
    public BackfillJob(TicketSource source, TicketRecomputer recomputer, RecomputeQueue retries, int pageSize,
                       boolean fromStart) {
        this.source = Objects.requireNonNull(source, "source");
        this.recomputer = Objects.requireNonNull(recomputer, "recomputer");
        this.retries = Objects.requireNonNull(retries, "retries");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
        this.fromStart = fromStart;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobProgress startFrom(JobState previous) {
        boolean resume = !fromStart && previous.status() != JobStatus.DONE && previous.cursor() != null;
        return resume
                ? new JobProgress(previous.done(), previous.total(), previous.cursor(), "resumed after issue " + previous.cursor())
                : JobProgress.start();
    }

    @Override
    public JobProgress execute(JobRun run) {
        JobProgress start = run.startedFrom();
        long cursor = start.cursor() == null ? 0 : Long.parseLong(start.cursor());
        long done = start.done();
        long failed = 0;
        long total = Math.max(source.count(), done);
        run.report(new JobProgress(done, total, start.cursor(), start.message()));
        while (true) {
            List<TicketStamp> page = source.ticketsAfter(cursor, pageSize);
            if (page.isEmpty()) {
                break;
            }
            recomputer.settings().refresh();
            long pageFailures = recomputePage(page);
            if (pageFailures == page.size()) {
                throw new IllegalStateException("every ticket of the page after issue " + cursor
                        + " failed (see the log); the next run resumes here");
            }
            failed += pageFailures;
            done += page.size();
            cursor = page.get(page.size() - 1).issueId();
            total = Math.max(total, done);
            run.report(new JobProgress(done, total, Long.toString(cursor), message(failed)));
        }
        return new JobProgress(done, done, Long.toString(cursor), "all " + done + " tickets computed; " + message(failed));
    }

    /**
     * Recomputes the page as one batch ({@link TicketRecomputer#recomputeAll}: a fixed number of
     * statements per {@link io.balancepoint.store.TicketWriter} batch instead of per ticket); each
     * ticket that failed on its own goes to the retry queue.
     */
    private long recomputePage(List<TicketStamp> page) {
        RecomputeBatch batch = recomputer.recomputeAll(page.stream().map(TicketStamp::issueId).toList());
        batch.failed().forEach((issueId, e) -> {
            RecomputeQueue.Offer offer = retries.offer(issueId);
            LOG.warn("Backfill of issue {} failed ({}); {}", issueId, e.toString(),
                    offer == RecomputeQueue.Offer.FULL ? "the queue is full, so the reconcile job will find it"
                            : "queued for the recompute worker to retry");
        });
        return batch.failed().size();
    }

    private static String message(long failed) {
        return failed == 0 ? "no failures" : failed + " failed and were queued for retry";
    }
}
