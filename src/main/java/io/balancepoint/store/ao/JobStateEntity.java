package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_A20EDB_JOB_STATE}: progress of a long-running job (backfill, reconcile, rebuild),
 * shared by all nodes so any node can show it and a restarted job can resume from its cursor. The
 * row is also the job's cluster lease: the node named in {@code LEASE_OWNER} runs it, and
 * {@code ROW_VERSION} makes every change conditional on what the writer read.
 */
@Table("JobState")
@Preload
public interface JobStateEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getJobName();

    void setJobName(String jobName);

    /** Grows by one on every write; a writer replaces the row only if the version it read is still there. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);

    @NotNull
    @StringLength(32)
    String getJobStatus();

    void setJobStatus(String status);

    long getDoneCount();

    void setDoneCount(long done);

    long getTotalCount();

    void setTotalCount(long total);

    /** {@code DONE_COUNT} when the current run started (a resumed run starts above zero); for the rate. */
    long getRunStartDone();

    void setRunStartDone(long done);

    Long getStartedAt();

    void setStartedAt(Long startedAt);

    /** The last report of the running node: its heartbeat. */
    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);

    /** Where to resume, e.g. the last issue id processed. */
    @StringLength(StringLength.MAX_LENGTH)
    String getCursorValue();

    void setCursorValue(String cursor);

    @StringLength(StringLength.MAX_LENGTH)
    String getStatusMessage();

    void setStatusMessage(String message);

    /** The node running the job; null when it is not running. */
    @StringLength(100)
    String getLeaseOwner();

    void setLeaseOwner(String node);

    /** Random, new on every claim: tells this run from a later claim of the same job, even on the same node. */
    long getLeaseToken();

    void setLeaseToken(long token);

    boolean isCancelRequested();

    void setCancelRequested(boolean requested);
}
