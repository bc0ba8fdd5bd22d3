package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        return Optional.ofNullable(getAll(List.of(issueId)).get(issueId));
    }

    /** The stored facts of those of {@code issueIds} that have any, by issue id; one query per {@link Criteria#MAX_TERMS} ids. */
    public Map<Long, VersionedFacts> getAll(Collection<Long> issueIds) {
        Map<Long, VersionedFacts> found = new HashMap<>();
        for (List<Long> chunk : Criteria.chunks(new TreeSet<>(issueIds))) {
            Query query = ColumnsQuery.of(TicketFactsRows.ALL_COLUMNS)
                    .where(Criteria.in(TicketFactsRows.ISSUE_ID, chunk.size()), chunk.toArray());
            storage.stream(TicketFactsEntity.class, query, row ->
                    found.put(row.getIssueId(), new VersionedFacts(TicketFactsRows.facts(row), row.getRowVersion())));
        }
        return found;
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
        Claim claim = new Claim(facts, expectedVersion);
        putAll(List.of(claim));
        return claim.newVersion();
    }

    /**
     * Stores every claim's facts as the next version of its issue, all or none (joins the caller's
     * transaction): one DELETE of the versions read (per {@link Criteria#MAX_TERMS} claims), then one batch of INSERTs.
     *
     * @throws IllegalArgumentException  when two claims name the same issue
     * @throws ConcurrentChangeException when any stored version is no longer the one claimed; a first
     *                                   write that loses its race fails retryably on the unique issue id (see {@link #put})
     */
    public void putAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        Set<Long> issues = new HashSet<>();
        for (Claim claim : claims) {
            if (!issues.add(claim.facts().issueId())) {
                throw new IllegalArgumentException("two claims for the facts of issue " + claim.facts().issueId());
            }
        }
        storage.inTransaction(() -> {
            // In ascending issue order, so writers of overlapping lists longer than one chunk take the chunks alike.
            List<Claim> replacing = claims.stream().filter(c -> c.expectedVersion() != ABSENT)
                    .sorted(Comparator.comparingLong(c -> c.facts().issueId())).toList();
            for (List<Claim> chunk : Criteria.chunks(replacing)) {
                removeVersions(chunk);
            }
            List<Map<String, Object>> rows = new ArrayList<>(claims.size());
            for (Claim claim : claims) {
                rows.add(TicketFactsRows.columns(claim.facts(), claim.newVersion()));
            }
            storage.createAll(TicketFactsEntity.class, rows);
            return null;
        });
    }

    /**
     * The facts a writer stores for an issue and the version it read them at ({@link #ABSENT} when
     * there were none): the write succeeds only if that is still the stored version.
     */
    public record Claim(TicketFacts facts, long expectedVersion) {

        public Claim {
            Objects.requireNonNull(facts, "facts");
            if (expectedVersion < ABSENT) {
                throw new IllegalArgumentException("versions start at 1; " + expectedVersion + " was never stored");
            }
        }

        /** The version the facts are stored as. */
        public long newVersion() {
            return expectedVersion + 1;
        }
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
        Query query = ColumnsQuery.of(TicketFactsRows.ALL_COLUMNS);
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
        forEachResolvedBetween(projectKey, from, until, Long.MIN_VALUE, action);
    }

    /**
     * {@link #forEachResolvedBetween} of only the tickets with a CSAT rating and a customer: what a
     * customer desk's ROI counts. Desks rate a minority of their tickets, so the database returns a
     * fraction of the window.
     */
    public void forEachRatedResolvedBetween(String projectKey, Instant from, Instant until, Consumer<TicketFacts> action) {
        streamResolvedBetween(projectKey, from, until, " AND CSAT IS NOT NULL AND CUSTOMER_KEY IS NOT NULL", List.of(), action);
    }

    /**
     * {@link #forEachResolvedBetween} of only the tickets that pass {@code filter}. The database
     * narrows the index range by each restricted dimension's column ({@code IN} its values), so only
     * candidate rows are read; that narrowing is a superset (some databases compare without case or
     * trailing blanks, and a filter allowing {@link Dimension#NO_VALUE} is not narrowed there), and the
     * filter itself is applied to every row read, so exactly the passing tickets reach {@code action}.
     */
    public void forEachResolvedBetween(String projectKey, Instant from, Instant until, DimensionFilter filter,
                                       Consumer<TicketFacts> action) {
        Objects.requireNonNull(filter, "filter");
        StringBuilder narrowing = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Map.Entry<Dimension, Set<String>> restricted : filter.allowed().entrySet()) {
            Set<String> values = restricted.getValue();
            if (values.isEmpty()) {
                return; // nothing can pass
            }
            String column = TicketFactsRows.columnOf(restricted.getKey());
            if (column == null || values.contains(Dimension.NO_VALUE) || values.size() > Criteria.MAX_TERMS) {
                continue; // PROJECT is the key itself; the rest is checked row by row below
            }
            narrowing.append(" AND ").append(Criteria.in(column, values.size()));
            parameters.addAll(new TreeSet<>(values));
        }
        streamResolvedBetween(projectKey, from, until, narrowing.toString(), parameters, facts -> {
            if (filter.matches(facts)) {
                action.accept(facts);
            }
        });
    }

    /**
     * {@link #forEachResolvedBetween} of only the tickets with more than {@code labourAbove} logged
     * seconds: the database filters the index range, so only those rows are read (anomaly candidates).
     */
    public void forEachResolvedBetween(String projectKey, Instant from, Instant until, long labourAbove,
                                       Consumer<TicketFacts> action) {
        if (labourAbove == Long.MIN_VALUE) {
            streamResolvedBetween(projectKey, from, until, "", List.of(), action);
        } else {
            streamResolvedBetween(projectKey, from, until, " AND LABOUR_SECONDS > ?", List.of(labourAbove), action);
        }
    }

    /** The project's tickets resolved in [from, until) through the (project, resolved at) index, narrowed by {@code andWhere}. */
    private void streamResolvedBetween(String projectKey, Instant from, Instant until, String andWhere, List<Object> andParameters,
                                       Consumer<TicketFacts> action) {
        Objects.requireNonNull(projectKey, "projectKey");
        if (!until.isAfter(from)) {
            return;
        }
        List<Object> parameters = new ArrayList<>(List.of(projectKey, millisAtOrAfter(from), millisAtOrAfter(until)));
        parameters.addAll(andParameters);
        Query query = ColumnsQuery.of(TicketFactsRows.ALL_COLUMNS)
                .where("PROJECT_KEY = ? AND RESOLVED_AT >= ? AND RESOLVED_AT < ?" + andWhere, parameters.toArray());
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(TicketFactsRows.facts(row)));
    }

    /** Streams the facts of one project's unresolved tickets (the open backlog), through the same index. */
    public void forEachOpen(String projectKey, Consumer<TicketFacts> action) {
        forEachOpen(projectKey, Long.MIN_VALUE, action);
    }

    /** {@link #forEachOpen} of only the tickets with more than {@code labourAbove} logged seconds. */
    public void forEachOpen(String projectKey, long labourAbove, Consumer<TicketFacts> action) {
        Objects.requireNonNull(projectKey, "projectKey");
        String where = "PROJECT_KEY = ? AND RESOLVED_AT IS NULL";
        Query query = labourAbove == Long.MIN_VALUE
                ? ColumnsQuery.of(TicketFactsRows.ALL_COLUMNS).where(where, projectKey)
                : ColumnsQuery.of(TicketFactsRows.ALL_COLUMNS).where(where + " AND LABOUR_SECONDS > ?", projectKey, labourAbove);
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(TicketFactsRows.facts(row)));
    }

    /** The first stored millisecond not before {@code instant} (times are stored as whole milliseconds). */
    private static long millisAtOrAfter(Instant instant) {
        long millis = instant.toEpochMilli();
        return Instant.ofEpochMilli(millis).isBefore(instant) ? millis + 1 : millis;
    }

    private void removeVersions(List<Claim> claims) {
        if (claims.size() == 1) {
            removeVersion(claims.get(0).facts().issueId(), claims.get(0).expectedVersion());
            return;
        }
        Object[] parameters = new Object[2 * claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            parameters[2 * i] = claims.get(i).facts().issueId();
            parameters[2 * i + 1] = claims.get(i).expectedVersion();
        }
        int deleted = storage.deleteWhere(TicketFactsEntity.class,
                Criteria.anyPair(TicketFactsRows.ISSUE_ID, TicketFactsRows.ROW_VERSION, claims.size()), parameters);
        if (deleted != claims.size()) {
            throw new ConcurrentChangeException("facts of " + (claims.size() - deleted) + " of " + claims.size()
                    + " issues (among " + claims.get(0).facts().issueId() + " to " + claims.get(claims.size() - 1).facts().issueId()
                    + ") are no longer at the version read; another writer changed them");
        }
    }

    private void removeVersion(long issueId, long expectedVersion) {
        int deleted = storage.deleteWhere(TicketFactsEntity.class,
                TicketFactsRows.ISSUE_ID + " = ? AND " + TicketFactsRows.ROW_VERSION + " = ?", issueId, expectedVersion);
        if (deleted == 0) {
            throw new ConcurrentChangeException("facts of issue " + issueId + " are no longer at version "
                    + expectedVersion + "; another writer changed them");
        }
    }
}
