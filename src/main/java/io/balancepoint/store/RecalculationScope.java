package io.balancepoint.store;

import io.balancepoint.store.ao.CostLineEntity;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The tickets a recalculation of a time range touches: those resolved in it, and those with a
 * cost line that occurred in it. Read a page at a time in issue-id order, so a recalculation of
 * years never holds all ids.
 */
public final class RecalculationScope {

    private final AoStorage storage;

    public RecalculationScope(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /**
     * The next at most {@code limit} ids after {@code afterIssueId}, ascending, of tickets resolved
     * in [{@code from}, {@code until}) or with a cost line that occurred in it.
     */
    public List<Long> ticketsAfter(long afterIssueId, int limit, Instant from, Instant until) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Long fromMillis = EpochMillis.of(from);
        Long untilMillis = EpochMillis.of(until);
        Page resolved = new Page(limit);
        storage.stream(TicketFactsEntity.class, Query.select("ID, ISSUE_ID")
                        .where("ISSUE_ID > ? AND RESOLVED_AT >= ? AND RESOLVED_AT < ?", afterIssueId, fromMillis, untilMillis)
                        .order("ISSUE_ID").limit(limit),
                row -> resolved.add(row.getIssueId()));
        // One ticket has many lines: a page of lines may hold fewer than limit tickets, which is fine (see merge).
        Page withLines = new Page(limit);
        storage.stream(CostLineEntity.class, Query.select("ID, ISSUE_ID")
                        .where("ISSUE_ID > ? AND OCCURRED_AT >= ? AND OCCURRED_AT < ?", afterIssueId, fromMillis, untilMillis)
                        .order("ISSUE_ID").limit(limit),
                row -> withLines.add(row.getIssueId()));
        return merge(resolved, withLines, limit);
    }

    /**
     * Each page lists every id of its own set up to its last row, or the whole rest of the set when
     * it is not full. So the union is complete up to the smaller last id of the full pages.
     */
    private static List<Long> merge(Page a, Page b, int limit) {
        long bound = Math.min(a.completeUpTo(), b.completeUpTo());
        TreeSet<Long> union = new TreeSet<>(a.ids);
        union.addAll(b.ids);
        List<Long> ids = new ArrayList<>();
        for (long id : union) {
            if (id > bound || ids.size() == limit) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The rows one query returned, in id order. */
    private static final class Page {
        private final int limit;
        private final TreeSet<Long> ids = new TreeSet<>();
        private int rows;
        private long lastId;

        Page(int limit) {
            this.limit = limit;
        }

        void add(long issueId) {
            ids.add(issueId);
            rows++;
            lastId = issueId;
        }

        long completeUpTo() {
            return rows < limit ? Long.MAX_VALUE : lastId;
        }
    }
}
