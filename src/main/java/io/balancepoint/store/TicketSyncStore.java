package io.balancepoint.store;

import io.balancepoint.store.ao.TicketFactsEntity;
import io.balancepoint.store.ao.TicketSyncEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * What each ticket's stored facts were computed from ({@link TicketSync}), for the reconcile job.
 * Written after the facts, last writer wins: when two nodes race, the record may name the other
 * node's facts version or an older change, and both make the ticket look stale, never current
 * (a stale-looking ticket is recomputed once more; a wrongly current one would never be).
 */
public final class TicketSyncStore {

    private static final int MAX_ATTEMPTS = 10;

    private final AoStorage storage;

    public TicketSyncStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Records (or replaces) the sync state of a ticket. Call outside a transaction: a lost race is retried. */
    public void put(TicketSync sync) {
        for (int attempt = 1; ; attempt++) {
            try {
                storage.inTransaction(() -> {
                    storage.deleteWhere(TicketSyncEntity.class, "ISSUE_ID = ?", sync.issueId());
                    // A concurrent first insert of the same issue fails on the unique issue id: retried.
                    return storage.create(TicketSyncEntity.class, columns(sync));
                });
                return;
            } catch (RuntimeException e) {
                if (!StorageFailures.isRetryable(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Records the sync state of tickets that have none yet, with one batched insert (a first load,
     * see {@link BulkLoader}); a ticket that already has a record fails the batch on its unique issue id.
     */
    public void insertAll(List<TicketSync> syncs) {
        storage.createAll(TicketSyncEntity.class, syncs.stream().map(TicketSyncStore::columns).toList());
    }

    /**
     * Records (or replaces) the sync state of several tickets in one transaction: one DELETE per
     * {@link Criteria#MAX_TERMS} tickets, then one batch of INSERTs. Call outside a transaction: a lost
     * race (a concurrent first insert of one of them) is retried as a whole.
     *
     * @throws IllegalArgumentException when a ticket appears twice
     */
    public void putAll(List<TicketSync> syncs) {
        if (syncs.isEmpty()) {
            return;
        }
        List<Long> issueIds = syncs.stream().map(TicketSync::issueId).toList();
        if (new HashSet<>(issueIds).size() != issueIds.size()) {
            throw new IllegalArgumentException("a ticket appears twice in " + issueIds);
        }
        List<Map<String, Object>> rows = syncs.stream().map(TicketSyncStore::columns).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                storage.inTransaction(() -> {
                    // In ascending order, so two nodes writing overlapping lists lock the rows alike.
                    for (List<Long> chunk : Criteria.chunks(new TreeSet<>(issueIds))) {
                        storage.deleteWhere(TicketSyncEntity.class, Criteria.in("ISSUE_ID", chunk.size()), chunk.toArray());
                    }
                    storage.createAll(TicketSyncEntity.class, rows);
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (!StorageFailures.isRetryable(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Forgets a ticket (it was deleted). */
    public void remove(long issueId) {
        storage.deleteWhere(TicketSyncEntity.class, "ISSUE_ID = ?", issueId);
    }

    /** The sync record of one ticket, if any. */
    public Optional<TicketSync> get(long issueId) {
        TicketSyncEntity[] rows = storage.find(TicketSyncEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(sync(rows[0]));
    }

    /** The records of tickets with ids in ({@code afterIssueId}, {@code upToIssueId}], by issue id. */
    public Map<Long, TicketSync> inRange(long afterIssueId, long upToIssueId) {
        Map<Long, TicketSync> syncs = new TreeMap<>();
        for (TicketSyncEntity row : storage.find(TicketSyncEntity.class,
                Query.select().where("ISSUE_ID > ? AND ISSUE_ID <= ?", afterIssueId, upToIssueId))) {
            syncs.put(row.getIssueId(), sync(row));
        }
        return syncs;
    }

    /** The stored facts versions of tickets with ids in ({@code afterIssueId}, {@code upToIssueId}], by issue id. */
    public Map<Long, Long> factsVersionsInRange(long afterIssueId, long upToIssueId) {
        Map<Long, Long> versions = new TreeMap<>();
        // Streamed with two columns: the facts rows themselves are wide.
        storage.stream(TicketFactsEntity.class, Query.select("ID, ISSUE_ID, ROW_VERSION")
                        .where("ISSUE_ID > ? AND ISSUE_ID <= ?", afterIssueId, upToIssueId),
                row -> versions.put(row.getIssueId(), row.getRowVersion()));
        return versions;
    }

    /** Ids of tickets whose facts went out of date by {@code now} without a change (provisional FCR windows that closed), by id. */
    public List<Long> dueForRecheck(Instant now, long afterIssueId, int limit) {
        List<Long> ids = new ArrayList<>();
        storage.stream(TicketSyncEntity.class, Query.select("ID, ISSUE_ID")
                        .where("RECHECK_AT <= ? AND ISSUE_ID > ?", EpochMillis.of(now), afterIssueId)
                        .order("ISSUE_ID").limit(limit),
                row -> ids.add(row.getIssueId()));
        return ids;
    }

    private static Map<String, Object> columns(TicketSync sync) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", sync.issueId());
        row.put("SOURCE_UPDATED_AT", EpochMillis.of(sync.sourceUpdated()));
        row.put("FACTS_VERSION", sync.factsVersion());
        row.put("COMPUTED_AT", EpochMillis.of(sync.computedAt()));
        row.put("SETTINGS_REVISION", sync.settingsRevision());
        row.put("RECHECK_AT", EpochMillis.of(sync.recheckAt()));
        return row;
    }

    private static TicketSync sync(TicketSyncEntity row) {
        return new TicketSync(row.getIssueId(), EpochMillis.instant(row.getSourceUpdatedAt()), row.getFactsVersion(),
                EpochMillis.instant(row.getComputedAt()), row.getSettingsRevision(), EpochMillis.instant(row.getRecheckAt()));
    }
}
