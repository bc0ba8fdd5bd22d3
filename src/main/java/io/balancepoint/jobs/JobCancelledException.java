package io.balancepoint.jobs;

/** Thrown by {@link JobRun#report} when someone asked the job to stop; the run ends as CANCELLED. */
public final class JobCancelledException extends RuntimeException {

    JobCancelledException(String jobName) {
        super("job " + jobName + " was cancelled");
    }
}
