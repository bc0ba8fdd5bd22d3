package io.balancepoint.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Active Objects operations the stores use, so the same stores run on a plain AO
 * {@code EntityManager} (workbench, tests: {@link EntityManagerStorage}) and on Jira's
 * {@code com.atlassian.activeobjects.external.ActiveObjects} (the Jira adapter). Each method names
 * the {@code ActiveObjects} call it maps to; the adapter is one line per method.
 *
 * <p>Entities returned by {@link #find} are live: the stores change them with their setters and
 * {@code save()}, which works the same on both sides. Column names in criteria are the upper-case
 * names AO generates ({@code ISSUE_ID}); AO quotes them for the database.
 *
 * <p>Failures are unchecked: {@link StorageException} here, {@code ActiveObjectsException} in Jira;
 * both keep the {@link java.sql.SQLException} as a cause (see {@link StorageFailures}).
 */
public interface AoStorage {

    /** Rows matching the query, fully loaded. Maps to {@code ActiveObjects.find(Class, Query)}. */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Inserts one row; keys are column names. Maps to {@code ActiveObjects.create(Class, Map)}. */
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns);

    /**
     * Inserts many rows; every map has the same keys. The workbench maps it to AO's
     * {@code EntityManager.create(Class, List)}; Jira to {@code ActiveObjects.create(Class, Map)} per
     * row (the documented call; AO 3.2 inserts a list row by row too).
     */
    <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows);

    /**
     * Reads rows one at a time as read-only entities holding only the query's fields, without
     * buffering them. Maps to {@code ActiveObjects.stream(Class, Query, EntityStreamCallback)}.
     */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    /** Deletes the given rows. Maps to {@code ActiveObjects.delete(RawEntity...)}. */
    void delete(RawEntity<?>... entities);

    /**
     * Deletes the rows matching {@code criteria} (a WHERE clause with {@code ?} parameters) and
     * returns how many there were. Maps to {@code ActiveObjects.deleteWithSQL(Class, String, Object...)}.
     */
    <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Counts the matching rows with {@code SELECT COUNT(*)}. Maps to {@code ActiveObjects.count(Class, Query)}. */
    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Runs {@code work} in one transaction: all its writes commit together, or none when it throws.
     * Joins a transaction already open on this thread. Maps to
     * {@code ActiveObjects.executeInTransaction(TransactionCallback)}.
     */
    <R> R inTransaction(Supplier<R> work);

    /** Creates or extends the tables of the given entities. Maps to {@code ActiveObjects.migrate(Class...)}. */
    void migrate(List<Class<? extends RawEntity<?>>> types);
}
