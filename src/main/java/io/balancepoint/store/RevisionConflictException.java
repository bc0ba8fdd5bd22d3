package io.balancepoint.store;

/**
 * A settings save named a revision that is no longer the current one: someone else saved in
 * between. Nothing was written; the caller reloads, merges and saves again. Not retried
 * automatically, because the other save may have changed what the user edited.
 */
public class RevisionConflictException extends RuntimeException {

    private final long expectedRevision;
    private final long currentRevision;

    public RevisionConflictException(long expectedRevision, long currentRevision) {
        super("settings were changed by someone else: the edit was based on revision " + expectedRevision
                + ", the current revision is " + currentRevision + "; reload and apply the change again");
        this.expectedRevision = expectedRevision;
        this.currentRevision = currentRevision;
    }

    public long expectedRevision() {
        return expectedRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
