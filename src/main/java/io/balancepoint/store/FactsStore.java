package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * One row of {@link TicketFacts} per issue, written with optimistic concurrency: a write names the
 * version it read and fails with {@link ConcurrentChangeException} when the row moved on meanwhile.
 *
 * <p>AO has no conditional UPDATE, so a write is "delete the row WHERE version = expected, then
 * insert version + 1". The delete takes the row lock, so of two writers of one issue only the
 * first gets a row back, under any isolation level; two first writes collide on the unique issue id.
 */
public final class FactsStore {

    /** The version of an issue that has no facts yet. */
    public static final long ABSENT = 0;

    private final AoStorage storage;

    public FactsStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public Optional<VersionedFacts> get(long issueId) {
        TicketFactsEntity[] rows = storage.find(TicketFactsEntity.class, byIssue(issueId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new VersionedFacts(TicketFactsRows.facts(rows[0]), rows[0].getRowVersion()));
    }

    /**
     * Stores {@code facts} as the next version after {@code expectedVersion} ({@link #ABSENT} for a
     * first write) and returns the new version.
     *
     * @throws ConcurrentChangeException when the stored version is no longer {@code expectedVersion}
     *                                   (a first write that loses its race fails on the unique issue id instead:
     *                                   a {@link StorageException} that {@link StorageFailures#isRetryable} accepts)
     */
    public long put(TicketFacts facts, long expectedVersion) {
        return storage.inTransaction(() -> {
            if (expectedVersion != ABSENT) {
                removeVersion(facts.issueId(), expectedVersion);
            }
            long version = expectedVersion + 1;
            storage.create(TicketFactsEntity.class, TicketFactsRows.columns(facts, version));
            return version;
        });
    }

    /**
     * Deletes the facts of an issue if they are still at {@code expectedVersion}.
     *
     * @throws ConcurrentChangeException when they are not
     */
    public void delete(long issueId, long expectedVersion) {
        storage.inTransaction(() -> {
            removeVersion(issueId, expectedVersion);
            return null;
        });
    }

    /** True when storing {@code candidate} would store exactly what {@code stored} holds (same columns). */
    public static boolean sameAsStored(TicketFacts stored, TicketFacts candidate) {
        return TicketFactsRows.columns(stored).equals(TicketFactsRows.columns(candidate));
    }

    /**
     * Streams the facts of resolved tickets, optionally of one project, without holding them in
     * memory (for rebuilds and exports).
     */
    public void forEachResolved(Optional<String> projectKey, Consumer<TicketFacts> action) {
        Query query = Query.select(TicketFactsRows.ALL_COLUMNS);
        query = projectKey.isPresent()
                ? query.where("RESOLVED_AT IS NOT NULL AND PROJECT_KEY = ?", projectKey.get())
                : query.where("RESOLVED_AT IS NOT NULL");
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(TicketFactsRows.facts(row)));
    }

    /**
     * Streams the facts of one project's tickets whose latest resolution is in [{@code from}, {@code until}),
     * without holding them in memory. Reads through the (project, resolved at) index: the cost is
     * that of the window, whatever the size of the table.
     */
    public void forEachResolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        Objects.requireNonNull(projectKey, "projectKey");
        if (!until.isAfter(from)) {
            return;
        }
        Query query = Query.select(TicketFactsRows.ALL_COLUMNS).where(
                "PROJECT_KEY = ? AND RESOLVED_AT >= ? AND RESOLVED_AT < ?", projectKey, millisAtOrAfter(from), millisAtOrAfter(until));
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(TicketFactsRows.facts(row)));
    }

    /** Streams the facts of one project's unresolved tickets (the open backlog), through the same index. */
    public void forEachOpen(String projectKey, Consumer<TicketFacts> action) {
        Objects.requireNonNull(projectKey, "projectKey");
        Query query = Query.select(TicketFactsRows.ALL_COLUMNS).where("PROJECT_KEY = ? AND RESOLVED_AT IS NULL", projectKey);
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(TicketFactsRows.facts(row)));
    }

    /** The first stored millisecond not before {@code instant} (times are stored as whole milliseconds). */
    private static long millisAtOrAfter(Instant instant) {
        long millis = instant.toEpochMilli();
        return Instant.ofEpochMilli(millis).isBefore(instant) ? millis + 1 : millis;
    }

    private void removeVersion(long issueId, long expectedVersion) {
        int deleted = storage.deleteWhere(TicketFactsEntity.class,
                TicketFactsRows.ISSUE_ID + " = ? AND " + TicketFactsRows.ROW_VERSION + " = ?", issueId, expectedVersion);
        if (deleted == 0) {
            throw new ConcurrentChangeException("facts of issue " + issueId + " are no longer at version "
                    + expectedVersion + "; another writer changed them");
        }
    }

    private static Query byIssue(long issueId) {
        return Query.select().where(TicketFactsRows.ISSUE_ID + " = ?", issueId);
    }
}
