package io.balancepoint.store;

/** Where a job is in its life: never run, running on some node, or how its last run ended. */
public enum JobStatus {
    /** Never run. */
    IDLE,
    /** A node holds the lease and reports progress. */
    RUNNING,
    /** The last run went through to the end. */
    DONE,
    /** The last run stopped on an error (see the message); a resumable job continues from its cursor. */
    FAILED,
    /** The last run stopped because someone asked it to. */
    CANCELLED;

    /** True for the statuses a run ends in. */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
