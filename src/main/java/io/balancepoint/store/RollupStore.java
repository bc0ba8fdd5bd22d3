package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.store.ao.RollupEntity;
import io.balancepoint.time.DateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rollups: the pre-aggregated measures dashboards read, per project, day (and calendar month) and
 * currency as a total and per value of each broken-down dimension ({@link RollupKey}). Kept up to date
 * by applying each ticket's change as a delta to its twelve rows (six of its day, six of its month),
 * and rebuildable from ticket facts at any time.
 *
 * <p>Rows are shared by many tickets, so concurrent writers of different tickets meet here. AO has
 * neither {@code UPDATE … SET x = x + ?} nor a conditional update, so a row is changed as "delete
 * WHERE write token = the token read, insert with a new token": a writer that lost the race sees
 * no row deleted and throws {@link ConcurrentChangeException}; the caller retries the transaction.
 * Tokens are random rather than counters because rows are deleted when they reach zero and rebuilt
 * wholesale: a counter restarting at 1 could come back to the value a slow writer read (ABA).
 * The total rows' tokens double as change stamps of the tickets resolved on their day or month
 * ({@link #totalTokens}): dashboards keep results computed from those tickets' facts while they hold.
 */
public final class RollupStore {

    private static final Logger LOG = LoggerFactory.getLogger(RollupStore.class);
    private static final int INSERT_BATCH = 500;

    private final AoStorage storage;
    private final ZoneId zone;

    /** @param zone the instance time zone: it decides on which day a resolution counts */
    public RollupStore(AoStorage storage, ZoneId zone) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Moves a ticket's contribution from what {@code before} implied to what {@code after} implies
     * (either may be null: a new or a deleted ticket). Joins the caller's transaction.
     */
    public void applyChange(TicketFacts before, TicketFacts after) {
        applyChanges(List.of(new Change(before, after)));
    }

    /**
     * Moves the contributions of many tickets at once: the deltas are summed per rollup key first
     * (tickets of one day and desk share a key), then the affected rows are read in one query and
     * each changed row is rewritten once. Joins the caller's transaction.
     */
    public void applyChanges(List<Change> changes) {
        // Ordered by hash so that all writers touch rows in the same order (fewer deadlocks).
        Map<String, Delta> deltas = new TreeMap<>();
        Set<String> touched = new HashSet<>();
        for (Change change : changes) {
            addAll(deltas, change.before(), true);
            addAll(deltas, change.after(), false);
            if (!Objects.equals(change.before(), change.after())) {
                touchTotals(touched, change.before());
                touchTotals(touched, change.after());
            }
        }
        // A zero delta changes nothing, except on a changed ticket's totals: they get a new token (see totalTokens).
        deltas.entrySet().removeIf(entry -> entry.getValue().measures().isZero() && !touched.contains(entry.getKey()));
        if (deltas.isEmpty()) {
            return;
        }
        storage.inTransaction(() -> {
            applyDeltas(deltas);
            return null;
        });
    }

    /** A ticket's facts before and after a write; null before for a new ticket, null after for a deleted one. */
    public record Change(TicketFacts before, TicketFacts after) {
    }

    /**
     * The stored rows matching the query, ordered by day and then by value. Streams only the key and
     * measure columns, with an indexed range read (project, dimension, grain, day): at most days (or
     * months) × values rows.
     */
    public List<RollupRow> read(RollupQuery query) {
        StringBuilder where = new StringBuilder(RollupColumns.PROJECT_KEY + " = ? AND " + RollupColumns.DIM_NAME
                + " = ? AND " + RollupColumns.GRAIN + " = ? AND " + RollupColumns.RESOLVED_DAY + " >= ?");
        List<Object> parameters = new ArrayList<>(List.of(query.projectKey(), RollupColumns.dimName(query.dimension()),
                query.grain().name(), RollupColumns.dayNumber(query.days().from())));
        if (query.days().until() != null) {
            where.append(" AND ").append(RollupColumns.RESOLVED_DAY).append(" < ?");
            parameters.add(RollupColumns.dayNumber(query.days().until()));
        }
        List<RollupRow> rows = new ArrayList<>();
        if (query.values() == null) {
            streamRows(where.toString(), parameters, rows);
        } else {
            for (List<String> chunk : Criteria.chunks(new TreeSet<>(query.values()))) {
                List<Object> withValues = new ArrayList<>(parameters);
                withValues.addAll(chunk);
                streamRows(where + " AND " + Criteria.in(RollupColumns.DIM_VALUE, chunk.size()), withValues, rows);
            }
        }
        rows.sort(Comparator.comparing(RollupRow::key, RollupKey.ORDER));
        return rows;
    }

    private void streamRows(String where, List<Object> parameters, List<RollupRow> rows) {
        storage.stream(RollupEntity.class, ColumnsQuery.of(RollupColumns.KEY_AND_MEASURES).where(where, parameters.toArray()),
                row -> rows.add(new RollupRow(RollupColumns.key(row), RollupColumns.measures(row))));
    }

    /**
     * The write tokens of the project's total rows at {@code grain} on {@code days} (month rows by
     * their first day), ordered by day and currency: the change stamp of the tickets resolved there.
     * Every write that changes a resolved ticket's facts rewrites the total rows of its day and month
     * with a new random token, even when the measures come out the same (a new customer, a moved
     * agent), and rows are deleted at zero and rebuilt with new tokens; so an unchanged list means
     * that no ticket resolved on those days changed, but for a 2<sup>-64</sup> chance per rewritten row.
     * A token is read in the committed state: read it before the facts it stands for.
     */
    public List<TotalToken> totalTokens(String projectKey, DateRange days, RollupGrain grain) {
        Objects.requireNonNull(days.until(), "the days of a stamp must be bounded");
        Query query = ColumnsQuery.of(String.join(", ", RollupColumns.RESOLVED_DAY, "CURRENCY", RollupColumns.WRITE_TOKEN))
                .where(RollupColumns.PROJECT_KEY + " = ? AND " + RollupColumns.DIM_NAME + " = ? AND " + RollupColumns.GRAIN
                        + " = ? AND " + RollupColumns.RESOLVED_DAY + " >= ? AND " + RollupColumns.RESOLVED_DAY + " < ?",
                        projectKey, RollupColumns.TOTAL, grain.name(), RollupColumns.dayNumber(days.from()),
                        RollupColumns.dayNumber(days.until()));
        List<TotalToken> tokens = new ArrayList<>();
        storage.stream(RollupEntity.class, query, row -> tokens.add(new TotalToken(RollupColumns.day(row.getResolvedDay()),
                Currency.getInstance(row.getCurrency()), row.getWriteToken())));
        tokens.sort(Comparator.comparing(TotalToken::day).thenComparing(t -> t.currency().getCurrencyCode()));
        return tokens;
    }

    /** One total row's write token: {@link #totalTokens}. */
    public record TotalToken(LocalDate day, Currency currency, long token) {
    }

    /** The instance time zone the rows' days are in. */
    public ZoneId zone() {
        return zone;
    }

    /** Every stored rollup, ordered like {@link #read}; for checks and exports of small instances. */
    public List<RollupRow> readAll() {
        List<RollupRow> rows = new ArrayList<>();
        for (RollupEntity row : storage.find(RollupEntity.class, Query.select())) {
            rows.add(new RollupRow(RollupColumns.key(row), RollupColumns.measures(row)));
        }
        rows.sort(Comparator.comparing(RollupRow::key, RollupKey.ORDER));
        return rows;
    }

    /**
     * Replaces the rollups (of one project, or all) with sums over the stored ticket facts, in one
     * transaction. Facts are streamed; only the rollup rows are held in memory. Returns the number of rows.
     */
    public int rebuild(FactsStore facts, Optional<String> projectKey) {
        return storage.inTransaction(() -> {
            if (projectKey.isPresent()) {
                storage.deleteWhere(RollupEntity.class, "PROJECT_KEY = ?", projectKey.get());
            } else {
                storage.deleteWhere(RollupEntity.class, RollupColumns.KEY_HASH + " IS NOT NULL");
            }
            Map<String, Delta> sums = new TreeMap<>();
            facts.forEachResolved(projectKey, ticket -> addAll(sums, ticket, false));
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Delta sum : sums.values()) {
                if (!sum.measures().isZero()) {
                    batch.add(RollupColumns.columns(sum.key(), sum.measures(), newToken()));
                }
                if (batch.size() == INSERT_BATCH) {
                    storage.createAll(RollupEntity.class, batch);
                    batch = new ArrayList<>();
                }
            }
            storage.createAll(RollupEntity.class, batch);
            return (int) sums.values().stream().filter(s -> !s.measures().isZero()).count();
        });
    }

    private void applyDeltas(Map<String, Delta> deltas) {
        Map<String, StoredRollup> stored = stored(deltas.keySet());
        List<StoredRollup> replaced = new ArrayList<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (Map.Entry<String, Delta> entry : deltas.entrySet()) {
            RollupKey key = entry.getValue().key();
            FactMeasures delta = entry.getValue().measures();
            StoredRollup row = stored.get(entry.getKey());
            if (row == null) {
                if (delta.isZero()) {
                    continue; // a touched total that does not exist (rollups disagree with the facts): nothing to stamp
                }
                if (delta.resolved() < 0) {
                    // Only possible if rollups and facts disagree already; keep the write, a rebuild repairs it.
                    LOG.warn("Rollup {} is missing while a ticket leaves it; rebuild the rollups to repair", key);
                }
                // A concurrent insert of the same key fails on the unique hash: retryable.
                inserts.add(RollupColumns.columns(key, delta, newToken()));
                continue;
            }
            replaced.add(row);
            FactMeasures updated = row.measures().plus(delta);
            if (!updated.isZero()) {
                inserts.add(RollupColumns.columns(key, updated, newToken()));
            }
        }
        for (List<StoredRollup> chunk : Criteria.chunks(replaced)) {
            removeTokens(chunk);
        }
        if (!inserts.isEmpty()) {
            storage.createAll(RollupEntity.class, inserts);
        }
    }

    /** Deletes rows that still carry the token read; any other outcome means another writer got there first. */
    private void removeTokens(List<StoredRollup> rows) {
        Object[] parameters = new Object[2 * rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            parameters[2 * i] = rows.get(i).hash();
            parameters[2 * i + 1] = rows.get(i).writeToken();
        }
        int deleted = storage.deleteWhere(RollupEntity.class,
                Criteria.anyPair(RollupColumns.KEY_HASH, RollupColumns.WRITE_TOKEN, rows.size()), parameters);
        if (deleted != rows.size()) {
            throw new ConcurrentChangeException((rows.size() - deleted) + " of " + rows.size()
                    + " rollups (first " + rows.get(0).key() + ") changed while being updated");
        }
    }

    /** The stored rows of the given key hashes, by hash; read-only rows, streamed. */
    private Map<String, StoredRollup> stored(Collection<String> hashes) {
        Map<String, StoredRollup> stored = new HashMap<>();
        for (List<String> chunk : Criteria.chunks(hashes)) {
            Query query = ColumnsQuery.of(RollupColumns.ALL_COLUMNS).where(Criteria.in(RollupColumns.KEY_HASH, chunk.size()), chunk.toArray());
            storage.stream(RollupEntity.class, query, row -> stored.put(row.getKeyHash(),
                    new StoredRollup(row.getKeyHash(), row.getWriteToken(), RollupColumns.key(row), RollupColumns.measures(row))));
        }
        return stored;
    }

    /** A stored rollup row and the write token it was read with. */
    private record StoredRollup(String hash, long writeToken, RollupKey key, FactMeasures measures) {
    }

    private static long newToken() {
        return ThreadLocalRandom.current().nextLong();
    }

    /** Adds (or, {@code leaving}, subtracts) the ticket's measures to each row it counts in; nothing for null or unresolved. */
    private void addAll(Map<String, Delta> deltas, TicketFacts ticket, boolean leaving) {
        List<RollupKey> keys = RollupKey.of(ticket, zone);
        if (keys.isEmpty()) {
            return;
        }
        FactMeasures measures = leaving ? FactMeasures.of(ticket).negated() : FactMeasures.of(ticket);
        for (RollupKey key : keys) {
            add(deltas, key, measures);
        }
    }

    /** Marks the ticket's day and month totals to be rewritten with a new token; nothing for null or unresolved. */
    private void touchTotals(Set<String> touched, TicketFacts ticket) {
        for (RollupKey key : RollupKey.of(ticket, zone)) {
            if (key.isTotal()) {
                touched.add(key.hash());
            }
        }
    }

    private static void add(Map<String, Delta> deltas, RollupKey key, FactMeasures measures) {
        deltas.merge(key.hash(), new Delta(key, measures), (a, b) -> new Delta(a.key(), a.measures().plus(b.measures())));
    }

    private record Delta(RollupKey key, FactMeasures measures) {
    }
}
