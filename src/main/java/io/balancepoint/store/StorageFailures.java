package io.balancepoint.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells failures that a retry of the whole transaction can cure (another node changed the same
 * rows first) from real errors, whichever layer wrapped the {@link SQLException}.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    /**
     * True for {@link ConcurrentChangeException} and for SQL states of class 40 (serialization
     * failure, deadlock: the database rolled the transaction back) and 23 (integrity constraint,
     * e.g. two nodes inserting the same unique key).
     */
    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException) {
                return true;
            }
        }
        return sqlState(failure).map(state -> state.startsWith("40") || state.startsWith("23")).orElse(false);
    }

    /** The SQL state of the first {@link SQLException} in the cause chain (or its chained exceptions) that has one. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null) {
                        return Optional.of(e.getSQLState());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
