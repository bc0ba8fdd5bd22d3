package io.balancepoint.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.balancepoint.store.AoStorage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** {@link AoStorage} on Jira's Active Objects: one call per method, as the port documents. */
@Named
public final class JiraAoStorage implements AoStorage {

    private final ActiveObjects ao;

    @Inject
    public JiraAoStorage(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns) {
        return ao.create(type, columns);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length > 0) {
            ao.delete(entities);
        }
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        // Jira's executeInTransaction joins a transaction already open on the thread.
        return ao.executeInTransaction(work::get);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void migrate(List<Class<? extends RawEntity<?>>> types) {
        ao.migrate(types.toArray(Class[]::new));
    }
}
