package io.balancepoint.store;

import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.store.ao.CostLineEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The cost lines of tickets. Computed lines are replaced as a whole by each recompute, diffed by
 * source key so that re-running a recompute writes nothing; manual lines (rate source
 * {@code MANUAL}) are only changed through the manual-line methods.
 *
 * <p>Changed lines are rewritten (delete + insert), so row ids are not stable: a line's identity
 * is its issue and source key.
 */
public final class LedgerStore {

    /** Source keys of manual lines start with this, so they can never collide with computed ones. */
    public static final String MANUAL_KEY_PREFIX = "manual:";

    private static final Comparator<CostLine> LINE_ORDER =
            Comparator.comparing(CostLine::occurredAt).thenComparing(CostLine::sourceKey);

    private final AoStorage storage;

    public LedgerStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** All lines of a ticket, computed and manual, by time of occurrence then source key. */
    public List<CostLine> lines(long issueId) {
        List<CostLine> lines = new ArrayList<>();
        for (StoredLine stored : stored(List.of(issueId)).getOrDefault(issueId, List.of())) {
            lines.add(stored.line());
        }
        lines.sort(LINE_ORDER);
        return lines;
    }

    /**
     * The manual lines of each of {@code issueIds} that has any, by issue id, each list in
     * {@link #lines} order; one query per {@link Criteria#MAX_TERMS} ids, reading manual rows only
     * (a batch recompute needs them to keep, not the computed ones it replaces).
     */
    public Map<Long, List<CostLine>> manualLines(Collection<Long> issueIds) {
        Map<Long, List<CostLine>> manual = new HashMap<>();
        for (List<Long> chunk : Criteria.chunks(new TreeSet<>(issueIds))) {
            Object[] parameters = new Object[chunk.size() + 1];
            chunk.toArray(parameters);
            parameters[chunk.size()] = RateSource.MANUAL.name();
            Query query = ColumnsQuery.of(CostLineRows.ALL_COLUMNS)
                    .where(Criteria.in(CostLineRows.ISSUE_ID, chunk.size()) + " AND RATE_SOURCE = ?", parameters);
            storage.stream(CostLineEntity.class, query,
                    row -> manual.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(CostLineRows.line(row)));
        }
        manual.values().forEach(lines -> lines.sort(LINE_ORDER));
        return manual;
    }

    /**
     * Makes the ticket's computed lines exactly {@code computedLines}: inserts new source keys,
     * rewrites changed lines, deletes lines whose key is gone; manual lines are left alone. One
     * transaction (joins the caller's). Callers that may race on the same ticket go through
     * {@link TicketWriter}, which serialises them.
     *
     * @throws IllegalArgumentException if a line is manual or two lines share a source key
     */
    public LedgerDiff replaceComputedLines(long issueId, String projectKey, List<CostLine> computedLines) {
        requireComputed(computedLines);
        return storage.inTransaction(() -> {
            Plan plan = planFor(issueId, projectKey, computedLines, stored(List.of(issueId)).getOrDefault(issueId, List.of()));
            applyAll(List.of(plan));
            return plan.diff();
        });
    }

    /** Adds a manual line. Its source key ({@code manual:<id>}) must be new for the ticket. */
    public void addManualLine(long issueId, String projectKey, CostLine line) {
        requireManual(line);
        storage.inTransaction(() -> {
            if (storage.count(CostLineEntity.class, bySourceKey(issueId, line.sourceKey())) > 0) {
                throw new IllegalArgumentException("issue " + issueId + " already has a line " + line.sourceKey());
            }
            return storage.create(CostLineEntity.class, CostLineRows.columns(issueId, projectKey, line));
        });
    }

    /**
     * Replaces the manual line with the same source key.
     *
     * @return false when the ticket has no manual line with that key (nothing changed)
     */
    public boolean updateManualLine(long issueId, String projectKey, CostLine line) {
        requireManual(line);
        return storage.inTransaction(() -> {
            if (!deleteManual(issueId, line.sourceKey())) {
                return false;
            }
            storage.create(CostLineEntity.class, CostLineRows.columns(issueId, projectKey, line));
            return true;
        });
    }

    /** @return false when the ticket has no manual line with that key */
    public boolean deleteManualLine(long issueId, String sourceKey) {
        return storage.inTransaction(() -> deleteManual(issueId, sourceKey));
    }

    /** Deletes every line of a ticket, computed and manual (the issue was deleted); returns how many. */
    public int deleteAllLines(long issueId) {
        return storage.deleteWhere(CostLineEntity.class, CostLineRows.ISSUE_ID + " = ?", issueId);
    }

    /**
     * Checks that {@code computedLines} can be stored as a ticket's computed lines.
     *
     * @throws IllegalArgumentException if a line is manual or two lines share a source key
     */
    static void requireComputed(List<CostLine> computedLines) {
        bySourceKey(computedLines);
    }

    /**
     * Reads the stored lines of every update's ticket in one query (per {@link Criteria#MAX_TERMS}
     * tickets) and works out each ticket's changes, without writing. One plan per update, in their order.
     */
    List<Plan> planAll(List<TicketUpdate> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredLine>> stored = stored(updates.stream().map(TicketUpdate::issueId).toList());
        List<Plan> plans = new ArrayList<>(updates.size());
        for (TicketUpdate update : updates) {
            plans.add(planFor(update.issueId(), update.facts().projectKey(), update.computedLines(),
                    stored.getOrDefault(update.issueId(), List.of())));
        }
        return plans;
    }

    /**
     * Writes plans made by {@link #planAll} in the same transaction: one DELETE of every replaced row
     * (per {@link Criteria#MAX_TERMS} rows), then one batch of INSERTs.
     */
    void applyAll(List<Plan> plans) {
        List<Integer> rowIds = new ArrayList<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (Plan plan : plans) {
            rowIds.addAll(plan.rowIdsToDelete());
            inserts.addAll(plan.rowsToInsert());
        }
        for (List<Integer> chunk : Criteria.chunks(rowIds)) {
            storage.deleteWhere(CostLineEntity.class, Criteria.in(CostLineRows.ID, chunk.size()), chunk.toArray());
        }
        if (!inserts.isEmpty()) {
            storage.createAll(CostLineEntity.class, inserts);
        }
    }

    /** The changes to a ticket's computed lines and the rows that carry them out. */
    record Plan(LedgerDiff diff, List<Integer> rowIdsToDelete, List<Map<String, Object>> rowsToInsert) {

        Plan {
            rowIdsToDelete = List.copyOf(rowIdsToDelete);
            rowsToInsert = List.copyOf(rowsToInsert);
        }
    }

    /** The changes that turn a ticket's stored lines into {@code computedLines}; manual lines are never touched. */
    private static Plan planFor(long issueId, String projectKey, List<CostLine> computedLines, List<StoredLine> storedLines) {
        Map<String, CostLine> wanted = bySourceKey(computedLines);
        Map<String, StoredLine> stored = new TreeMap<>();
        for (StoredLine line : storedLines) {
            if (!line.line().isManual()) {
                stored.put(line.line().sourceKey(), line);
            }
        }

        List<CostLine> added = new ArrayList<>();
        List<LedgerDiff.LineChange> updated = new ArrayList<>();
        List<CostLine> removed = new ArrayList<>();
        List<Integer> rowsToDelete = new ArrayList<>();
        List<Map<String, Object>> rowsToInsert = new ArrayList<>();
        for (Map.Entry<String, CostLine> entry : wanted.entrySet()) {
            StoredLine before = stored.get(entry.getKey());
            Map<String, Object> columns = CostLineRows.columns(issueId, projectKey, entry.getValue());
            if (before == null) {
                added.add(entry.getValue());
                rowsToInsert.add(columns);
            } else if (!columns.equals(before.columns())) {
                // Stored forms are compared, so a line that only differs below what is stored (nanoseconds) is unchanged.
                updated.add(new LedgerDiff.LineChange(before.line(), entry.getValue()));
                rowsToDelete.add(before.rowId());
                rowsToInsert.add(columns);
            }
        }
        for (Map.Entry<String, StoredLine> entry : stored.entrySet()) {
            if (!wanted.containsKey(entry.getKey())) {
                removed.add(entry.getValue().line());
                rowsToDelete.add(entry.getValue().rowId());
            }
        }
        return new Plan(new LedgerDiff(added, updated, removed), rowsToDelete, rowsToInsert);
    }

    private static Map<String, CostLine> bySourceKey(List<CostLine> computedLines) {
        Map<String, CostLine> bySourceKey = new TreeMap<>();
        for (CostLine line : computedLines) {
            if (line.isManual() || line.sourceKey().startsWith(MANUAL_KEY_PREFIX)) {
                throw new IllegalArgumentException("manual line " + line.sourceKey() + " passed as a computed line");
            }
            if (bySourceKey.put(line.sourceKey(), line) != null) {
                throw new IllegalArgumentException("two computed lines with source key " + line.sourceKey());
            }
        }
        return bySourceKey;
    }

    /** The stored lines (computed and manual) of the given tickets, by issue id; read-only rows, streamed. */
    private Map<Long, List<StoredLine>> stored(Collection<Long> issueIds) {
        Map<Long, List<StoredLine>> stored = new HashMap<>();
        for (List<Long> chunk : Criteria.chunks(new TreeSet<>(issueIds))) {
            Query query = ColumnsQuery.of(CostLineRows.ALL_COLUMNS).where(Criteria.in(CostLineRows.ISSUE_ID, chunk.size()), chunk.toArray());
            storage.stream(CostLineEntity.class, query, row -> stored.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>())
                    .add(new StoredLine(row.getID(), row.getIssueId(), row.getProjectKey(), CostLineRows.line(row))));
        }
        return stored;
    }

    /** A stored line with the row that holds it. */
    private record StoredLine(int rowId, long issueId, String projectKey, CostLine line) {

        /** The columns as stored: equal to {@link CostLineRows#columns} of a line exactly when that line is stored alike. */
        Map<String, Object> columns() {
            return CostLineRows.columns(issueId, projectKey, line);
        }
    }

    private boolean deleteManual(long issueId, String sourceKey) {
        return storage.deleteWhere(CostLineEntity.class, "ISSUE_ID = ? AND SOURCE_KEY = ? AND RATE_SOURCE = ?",
                issueId, sourceKey, RateSource.MANUAL.name()) > 0;
    }

    private static Query bySourceKey(long issueId, String sourceKey) {
        return Query.select().where("ISSUE_ID = ? AND SOURCE_KEY = ?", issueId, sourceKey);
    }

    private static void requireManual(CostLine line) {
        if (!line.isManual()) {
            throw new IllegalArgumentException("line " + line.sourceKey() + " has rate source " + line.rateSource()
                    + "; only MANUAL lines are entered by hand");
        }
        if (!line.sourceKey().startsWith(MANUAL_KEY_PREFIX)) {
            throw new IllegalArgumentException("manual line source key " + line.sourceKey() + " must start with "
                    + MANUAL_KEY_PREFIX);
        }
    }
}
