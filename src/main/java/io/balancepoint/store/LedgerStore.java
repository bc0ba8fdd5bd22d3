package io.balancepoint.store;

import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.store.ao.CostLineEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
        for (CostLineEntity row : rows(issueId)) {
            lines.add(CostLineRows.line(row));
        }
        lines.sort(LINE_ORDER);
        return lines;
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
        return storage.inTransaction(() -> {
            Plan plan = plan(issueId, projectKey, computedLines);
            apply(plan);
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

    /** Reads the stored computed lines and works out the changes, without writing. */
    Plan plan(long issueId, String projectKey, List<CostLine> computedLines) {
        Map<String, CostLine> wanted = new TreeMap<>();
        for (CostLine line : computedLines) {
            if (line.isManual() || line.sourceKey().startsWith(MANUAL_KEY_PREFIX)) {
                throw new IllegalArgumentException("manual line " + line.sourceKey() + " passed as a computed line");
            }
            if (wanted.put(line.sourceKey(), line) != null) {
                throw new IllegalArgumentException("two computed lines with source key " + line.sourceKey());
            }
        }
        Map<String, CostLineEntity> stored = new TreeMap<>();
        for (CostLineEntity row : rows(issueId)) {
            if (!CostLineRows.line(row).isManual()) {
                stored.put(row.getSourceKey(), row);
            }
        }

        List<CostLine> added = new ArrayList<>();
        List<LedgerDiff.LineChange> updated = new ArrayList<>();
        List<CostLine> removed = new ArrayList<>();
        List<CostLineEntity> rowsToDelete = new ArrayList<>();
        List<Map<String, Object>> rowsToInsert = new ArrayList<>();
        for (Map.Entry<String, CostLine> entry : wanted.entrySet()) {
            CostLineEntity row = stored.get(entry.getKey());
            Map<String, Object> columns = CostLineRows.columns(issueId, projectKey, entry.getValue());
            if (row == null) {
                added.add(entry.getValue());
                rowsToInsert.add(columns);
            } else {
                CostLine before = CostLineRows.line(row);
                // Compare stored forms, so a line that only differs below what is stored (nanoseconds) is unchanged.
                if (!columns.equals(CostLineRows.columns(row.getIssueId(), row.getProjectKey(), before))) {
                    updated.add(new LedgerDiff.LineChange(before, entry.getValue()));
                    rowsToDelete.add(row);
                    rowsToInsert.add(columns);
                }
            }
        }
        for (Map.Entry<String, CostLineEntity> entry : stored.entrySet()) {
            if (!wanted.containsKey(entry.getKey())) {
                removed.add(CostLineRows.line(entry.getValue()));
                rowsToDelete.add(entry.getValue());
            }
        }
        return new Plan(new LedgerDiff(added, updated, removed), rowsToDelete, rowsToInsert);
    }

    /** Writes a plan made by {@link #plan} in the same transaction. */
    void apply(Plan plan) {
        storage.delete(plan.rowsToDelete().toArray(CostLineEntity[]::new));
        storage.createAll(CostLineEntity.class, plan.rowsToInsert());
    }

    /** The changes to a ticket's computed lines and the rows that carry them out. */
    record Plan(LedgerDiff diff, List<CostLineEntity> rowsToDelete, List<Map<String, Object>> rowsToInsert) {
    }

    private CostLineEntity[] rows(long issueId) {
        return storage.find(CostLineEntity.class, Query.select().where(CostLineRows.ISSUE_ID + " = ?", issueId));
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
