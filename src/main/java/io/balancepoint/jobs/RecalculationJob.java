package io.balancepoint.jobs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.ingest.PreparedSettings;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.store.AuditAction;
import io.balancepoint.store.AuditEntry;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.LeaseLostException;
import io.balancepoint.store.RecalculationScope;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recalculates the tickets of a range of days with the settings in force — what an admin does
 * after changing a rate, since a rate change never rewrites past costs by itself (SPEC §1).
 *
 * <p>Audited twice: an entry when it starts (so even a run cut short by a dying node is on
 * record), and one when it ends however it ends (done, cancelled, failed), with who, the range, how
 * many tickets were recomputed, changed and failed, and the total cost of those tickets before and
 * after. A run is not resumed; running it again is harmless (recomputing is idempotent) and audited again.
 */
public final class RecalculationJob implements Job {

    public static final String NAME = "recalculation";

    private static final Logger LOG = LoggerFactory.getLogger(RecalculationJob.class);
    /** The end of an open range: the latest instant a millisecond column holds. */
    private static final Instant END_OF_TIME = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final RecalculationScope scope;
    private final TicketRecomputer recomputer;
    private final AuditStore audit;
    private final RecalculationRequest request;
    private final int pageSize;

    public RecalculationJob(RecalculationScope scope, TicketRecomputer recomputer, AuditStore audit,
                            RecalculationRequest request, int pageSize) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.recomputer = Objects.requireNonNull(recomputer, "recomputer");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.request = Objects.requireNonNull(request, "request");
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
        PreparedSettings settings = recomputer.settings().refresh();
        ZoneId zone = settings.document().workingTime().zone();
        Instant from = request.days().from().atStartOfDay(zone).toInstant();
        Instant until = request.days().isOpenEnded() ? END_OF_TIME : request.days().until().atStartOfDay(zone).toInstant();
        RecalculationTotals totals = new RecalculationTotals(settings.document().currency());
        audit.append(new AuditEntry(run.now(), request.actor(), AuditAction.RECALCULATION_STARTED, subject(),
                details(settings, totals, "STARTED", run), null, null));
        String outcome = "FAILED";
        try {
            long cursor = 0;
            while (true) {
                List<Long> page = scope.ticketsAfter(cursor, pageSize, from, until);
                if (page.isEmpty()) {
                    break;
                }
                for (long issueId : page) {
                    recompute(issueId, totals);
                }
                cursor = page.get(page.size() - 1);
                run.report(progress(totals, cursor));
            }
            outcome = "DONE";
            return progress(totals, cursor).withMessage(summary(totals));
        } catch (JobCancelledException e) {
            outcome = "CANCELLED";
            throw e;
        } catch (LeaseLostException e) {
            outcome = "TAKEN_OVER";
            throw e;
        } finally {
            audit.append(new AuditEntry(run.now(), request.actor(), AuditAction.RECALCULATION, subject(),
                    details(settings, totals, outcome, run), totals.before(), totals.after()));
        }
    }

    private void recompute(long issueId, RecalculationTotals totals) {
        try {
            totals.add(recomputer.recompute(issueId));
        } catch (RuntimeException e) {
            totals.addFailure();
            LOG.warn("Recalculation of issue {} failed: {}", issueId, e.toString());
        }
    }

    private String subject() {
        return request.days().toString();
    }

    private ObjectNode details(PreparedSettings settings, RecalculationTotals totals, String outcome, JobRun run) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("from", request.days().from().toString());
        details.put("until", request.days().isOpenEnded() ? null : request.days().until().toString());
        details.put("settingsRevision", settings.revision());
        details.put("outcome", outcome);
        details.put("node", run.node());
        details.put("ticketsRecomputed", totals.recomputed());
        details.put("ticketsChanged", totals.changed());
        details.put("ticketsFailed", totals.failed());
        if (totals.otherCurrency() > 0) {
            details.put("costsInAnotherCurrency", totals.otherCurrency());
        }
        return details;
    }

    private static JobProgress progress(RecalculationTotals totals, long cursor) {
        return new JobProgress(totals.recomputed() + totals.failed(), 0, Long.toString(cursor), summary(totals));
    }

    private static String summary(RecalculationTotals totals) {
        return totals.changed() + " of " + totals.recomputed() + " tickets changed; total cost " + totals.before()
                + " -> " + totals.after() + (totals.failed() == 0 ? "" : "; " + totals.failed() + " failed");
    }
}
