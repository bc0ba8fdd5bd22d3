package io.balancepoint.store;

/** A database operation failed; the cause is the database's own exception (usually a {@link java.sql.SQLException}). */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
