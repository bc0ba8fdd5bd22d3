package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_A20EDB_JOB_STATE}: progress of a long-running job (backfill, reconcile, rebuild),
 * shared by all nodes so any node can show it and a restarted job can resume from its cursor.
 */
@Table("JobState")
@Preload
public interface JobStateEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getJobName();

    void setJobName(String jobName);

    @NotNull
    @StringLength(32)
    String getJobStatus();

    void setJobStatus(String status);

    long getDoneCount();

    void setDoneCount(long done);

    long getTotalCount();

    void setTotalCount(long total);

    Long getStartedAt();

    void setStartedAt(Long startedAt);

    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);

    /** Where to resume, e.g. the last issue id processed. */
    @StringLength(StringLength.MAX_LENGTH)
    String getCursorValue();

    void setCursorValue(String cursor);

    @StringLength(StringLength.MAX_LENGTH)
    String getStatusMessage();

    void setStatusMessage(String message);
}
