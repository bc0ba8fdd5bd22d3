package io.balancepoint.store;

/**
 * A row changed between reading it and writing it (its version moved on, or another node inserted
 * the same key first). The transaction must be rolled back and retried from a fresh read.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
