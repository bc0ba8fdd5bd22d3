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
        // Row by row through create(Class, Map), which ActiveObjects documents; a bulk create(Class, List)
        // is not in the interface's javadoc we could check (docs/jira-integration.md), and AO 3.2's
        // EntityManager inserts a list row by row anyway, so nothing is lost.
        for (Map<String, Object> row : rows) {
            ao.create(type, row);
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
