package io.balancepoint.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** A storage that hands every call to a real one: the base of test storages that step in on a few calls. */
public abstract class ForwardingStorage implements AoStorage {

    private final AoStorage delegate;

    protected ForwardingStorage(AoStorage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return delegate.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns) {
        return delegate.create(type, columns);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        delegate.createAll(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        delegate.stream(type, query, callback);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
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
}
