package io.balancepoint.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * WHERE clauses over many keys at once, for the batched reads and writes: {@code COLUMN IN (?, …)}
 * and "any of these (key, version) pairs". Lists longer than {@link #MAX_TERMS} are split by the
 * callers ({@link #chunks}) because Oracle refuses IN lists of more than 1000 entries and SQL Server
 * statements of more than 2100 parameters — Jira runs on both.
 */
final class Criteria {

    /** The most values in one IN list, and the most pairs in one {@link #anyPair} clause (two parameters each). */
    static final int MAX_TERMS = 500;

    private Criteria() {
    }

    /** {@code COLUMN IN (?,?,…)} with {@code count} parameters. */
    static String in(String column, int count) {
        requirePositive(count);
        StringBuilder clause = new StringBuilder(column.length() + 6 + 2 * count).append(column).append(" IN (");
        for (int i = 0; i < count; i++) {
            clause.append(i == 0 ? "?" : ",?");
        }
        return clause.append(')').toString();
    }

    /**
     * {@code (FIRST = ? AND SECOND = ?) OR (FIRST = ? AND SECOND = ?) …} with {@code count} pairs: the rows
     * whose key still has the version that was read.
     */
    static String anyPair(String first, String second, int count) {
        requirePositive(count);
        String pair = "(" + first + " = ? AND " + second + " = ?)";
        StringBuilder clause = new StringBuilder((pair.length() + 4) * count);
        for (int i = 0; i < count; i++) {
            clause.append(i == 0 ? "" : " OR ").append(pair);
        }
        return clause.toString();
    }

    /** The values in consecutive slices of at most {@link #MAX_TERMS}, in their order. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_TERMS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_TERMS)));
        }
        return chunks;
    }

    private static void requirePositive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a clause over no values matches nothing; callers skip it (count " + count + ")");
        }
    }
}
