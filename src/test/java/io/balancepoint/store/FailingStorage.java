package io.balancepoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** A storage that works like the real one but fails on the first write to one entity type, and logs writes. */
final class FailingStorage implements AoStorage {

    private final AoStorage delegate;
    private final Class<?> failOn;
    private final List<String> writes = new ArrayList<>();

    FailingStorage(AoStorage delegate, Class<?> failOn) {
        this.delegate = delegate;
        this.failOn = failOn;
    }

    /** The writes that reached the database, as "operation Entity", in order. */
    List<String> writes() {
        return List.copyOf(writes);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return delegate.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns) {
        write("create", type);
        return delegate.create(type, columns);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        write("createAll", type);
        delegate.createAll(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        delegate.stream(type, query, callback);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length > 0) {
            write("delete", entities[0].getEntityType());
        }
        delegate.delete(entities);
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        write("deleteWhere", type);
        return delegate.deleteWhere(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return delegate.count(type, query);
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        return delegate.inTransaction(work);
    }

    @Override
    public void migrate(List<Class<? extends RawEntity<?>>> types) {
        delegate.migrate(types);
    }

    private void write(String operation, Class<?> type) {
        if (type.equals(failOn)) {
            throw new IllegalStateException("injected failure on " + operation + " " + type.getSimpleName());
        }
        writes.add(operation + " " + type.getSimpleName());
    }
}
