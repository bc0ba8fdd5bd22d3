package io.balancepoint.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link AoStorage} on a plain Active Objects {@link EntityManager} (workbench and tests).
 * Transactions are AO's own {@link Transaction}: one JDBC connection bound to the thread, committed
 * at the end or rolled back when the work throws.
 */
public final class EntityManagerStorage implements AoStorage {

    private final EntityManager manager;
    /**
     * Whether this thread is inside {@link #inTransaction}. AO binds the transaction's connection to
     * the thread, and a second {@code Transaction.execute()} on it would commit and close the outer
     * one, so nested calls join instead (as Jira's {@code executeInTransaction} does).
     */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerStorage(EntityManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> manager.find(type, query), "find", type);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns) {
        return call(() -> manager.create(type, columns), "create", type);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        call(() -> {
            manager.create(type, rows);
            return null;
        }, "create batch", type);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call(() -> {
            manager.stream(type, query, callback);
            return null;
        }, "stream", type);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length == 0) {
            return;
        }
        call(() -> {
            manager.delete(entities);
            return null;
        }, "delete", entities[0].getEntityType());
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> manager.deleteWithSQL(type, criteria, parameters), "delete", type);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> manager.count(type, query), "count", type);
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        inTransaction.set(true);
        try {
            return new Transaction<R>(manager) {
                @Override
                protected R run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StorageException("transaction failed and was rolled back: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void migrate(List<Class<? extends RawEntity<?>>> types) {
        try {
            manager.migrate(types.toArray(Class[]::new));
        } catch (SQLException e) {
            throw new StorageException("schema migration failed: " + e.getMessage(), e);
        }
    }

    private <R> R call(SqlCall<R> call, String operation, Class<?> type) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new StorageException(operation + " " + type.getSimpleName() + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<R> {
        R run() throws SQLException;
    }
}
