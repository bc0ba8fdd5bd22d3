package io.balancepoint.jobs;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.TicketSync;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs what events missed (SPEC §7 "nothing is lost"). One pass pages through every ticket of
 * the source and queues for recompute each ticket whose stored facts are missing, older than the
 * ticket's last change, or not the facts their sync record describes; and each stored ticket the
 * source no longer has (the worker removes it). Then it queues every ticket whose provisional FCR
 * verdict has expired (reopen window closed, no change since), so it turns into FCR.
 *
 * <p>When the queue is full the job recomputes the ticket itself instead of dropping it, so a pass
 * always completes its repair. After a full pass the queue's overflow flag is cleared, unless ids
 * were dropped while the pass ran (those may concern tickets the pass had already checked).
 */
public final class ReconcileJob implements Job {

    public static final String NAME = "reconcile";

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileJob.class);

    private final TicketSource source;
    private final TicketSyncStore sync;
    private final RecomputeQueue queue;
    private final TicketRecomputer recomputer;
    private final int pageSize;

    public ReconcileJob(TicketSource source, TicketSyncStore sync, RecomputeQueue queue, TicketRecomputer recomputer,
                        int pageSize) {
        this.source = Objects.requireNonNull(source, "source");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.recomputer = Objects.requireNonNull(recomputer, "recomputer");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobProgress execute(JobRun run) {
        Pass pass = new Pass(queue.droppedCount());
        recomputer.settings().refresh();
        long total = source.count();
        long checked = 0;
        long cursor = 0;
        while (true) {
            List<TicketStamp> page = source.ticketsAfter(cursor, pageSize);
            // A short page is the last one: it covers every stored id above the cursor.
            long upTo = page.size() < pageSize ? Long.MAX_VALUE : page.get(page.size() - 1).issueId();
            reconcile(page, cursor, upTo, pass);
            checked += page.size();
            if (page.size() < pageSize) {
                break;
            }
            cursor = upTo;
            run.report(new JobProgress(checked, Math.max(total, checked), Long.toString(cursor), pass.summary()));
        }
        long after = 0;
        while (true) {
            List<Long> expired = sync.dueForRecheck(run.now(), after, pageSize);
            expired.forEach(id -> pass.requeue(id, Reason.PROVISIONAL_EXPIRED));
            if (expired.size() < pageSize) {
                break;
            }
            after = expired.get(expired.size() - 1);
            run.report(new JobProgress(checked, Math.max(total, checked), null, pass.summary()));
        }
        boolean clear = queue.clearOverflowIfDropped(pass.droppedAtStart + pass.ownDrops);
        return new JobProgress(checked, checked, null, pass.summary() + (clear ? "" : "; ids were dropped during the pass, run again"));
    }

    private void reconcile(List<TicketStamp> page, long after, long upTo, Pass pass) {
        Map<Long, TicketSync> syncs = sync.inRange(after, upTo);
        Map<Long, Long> versions = sync.factsVersionsInRange(after, upTo);
        Set<Long> listed = new HashSet<>();
        for (TicketStamp stamp : page) {
            listed.add(stamp.issueId());
            TicketSync record = syncs.get(stamp.issueId());
            if (record == null || versions.get(stamp.issueId()) == null) {
                pass.requeue(stamp.issueId(), Reason.MISSING);
            } else if (!record.isCurrent(stamp, versions.get(stamp.issueId()))) {
                pass.requeue(stamp.issueId(), Reason.CHANGED);
            }
        }
        Set<Long> stored = new TreeSet<>(syncs.keySet());
        stored.addAll(versions.keySet());
        stored.removeAll(listed);
        stored.forEach(id -> pass.requeue(id, Reason.GONE));
    }

    /** Why a ticket is queued again. */
    private enum Reason { MISSING, CHANGED, GONE, PROVISIONAL_EXPIRED }

    /** What one pass found and did. */
    private final class Pass {
        private final long droppedAtStart;
        private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        private long ownDrops;

        Pass(long droppedAtStart) {
            this.droppedAtStart = droppedAtStart;
        }

        void requeue(long issueId, Reason reason) {
            counts.merge(reason, 1L, Long::sum);
            if (queue.offer(issueId) == RecomputeQueue.Offer.FULL) {
                ownDrops++;
                try {
                    recomputer.recompute(issueId);
                } catch (RuntimeException e) {
                    // The ticket stays stale, so the next pass finds it again.
                    LOG.warn("Reconcile could not recompute issue {} (queue full): {}", issueId, e.toString());
                }
            }
        }

        String summary() {
            return "queued: " + counts.getOrDefault(Reason.MISSING, 0L) + " without stored facts, "
                    + counts.getOrDefault(Reason.CHANGED, 0L) + " changed, " + counts.getOrDefault(Reason.GONE, 0L)
                    + " deleted, " + counts.getOrDefault(Reason.PROVISIONAL_EXPIRED, 0L) + " provisional FCR expired";
        }
    }
}
