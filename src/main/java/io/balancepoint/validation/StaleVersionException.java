package io.balancepoint.validation;

/**
 * An update based on a version that is no longer current (optimistic locking): someone else
 * changed the thing after the caller read it. Nothing was written; the caller should reload and
 * apply their change again. The REST API answers HTTP 409.
 */
public final class StaleVersionException extends RuntimeException {

    private final String what;
    private final long expectedVersion;
    private final long currentVersion;

    /**
     * @param what            a noun phrase for the message, e.g. {@code "the rates settings"}
     * @param expectedVersion the version the caller based the update on
     * @param currentVersion  the version now stored
     */
    public StaleVersionException(String what, long expectedVersion, long currentVersion) {
        super(what + " changed since version " + expectedVersion + " (now version " + currentVersion + ")");
        this.what = what;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String what() {
        return what;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
