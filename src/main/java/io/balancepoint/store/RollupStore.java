package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.store.ao.DayRollupEntity;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Day rollups: the pre-aggregated measures dashboards read. Kept up to date by applying each
 * ticket's change as a delta, and rebuildable from ticket facts at any time.
 *
 * <p>Rows are shared by many tickets, so concurrent writers of different tickets meet here. AO has
 * neither {@code UPDATE … SET x = x + ?} nor a conditional update, so a row is changed as "delete
 * WHERE write token = the token read, insert with a new token": a writer that lost the race sees
 * no row deleted and throws {@link ConcurrentChangeException}; the caller retries the transaction.
 * Tokens are random rather than counters because rows are deleted when they reach zero and rebuilt
 * wholesale: a counter restarting at 1 could come back to the value a slow writer read (ABA).
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
        // Ordered by hash so that all writers touch rows in the same order (fewer deadlocks).
        Map<String, Delta> deltas = new TreeMap<>();
        RollupKey.of(before, zone).ifPresent(key -> add(deltas, key, FactMeasures.of(before).negated()));
        RollupKey.of(after, zone).ifPresent(key -> add(deltas, key, FactMeasures.of(after)));
        storage.inTransaction(() -> {
            for (Delta delta : deltas.values()) {
                if (!delta.measures().isZero()) {
                    applyDelta(delta.key(), delta.measures());
                }
            }
            return null;
        });
    }

    /** The stored rollups matching the query, ordered by day and then by the other dimensions. */
    public List<RollupRow> read(RollupQuery query) {
        StringBuilder where = new StringBuilder("PROJECT_KEY = ? AND RESOLVED_DAY >= ?");
        List<Object> parameters = new ArrayList<>(List.of(query.projectKey(), DayRollupRows.dayNumber(query.days().from())));
        if (query.days().until() != null) {
            where.append(" AND RESOLVED_DAY < ?");
            parameters.add(DayRollupRows.dayNumber(query.days().until()));
        }
        addFilter(where, parameters, "REQUEST_TYPE", query.requestType());
        addFilter(where, parameters, "CHANNEL", query.channel());
        addFilter(where, parameters, "CUSTOMER_TIER", query.customerTier());
        addFilter(where, parameters, "SUPPORT_TIER", query.supportTier());
        addFilter(where, parameters, "RESOLVED_BY", query.resolvedBy());
        List<RollupRow> rows = new ArrayList<>();
        for (DayRollupEntity row : storage.find(DayRollupEntity.class, Query.select().where(where.toString(), parameters.toArray()))) {
            rows.add(new RollupRow(DayRollupRows.key(row), DayRollupRows.measures(row)));
        }
        rows.sort(Comparator.comparing(RollupRow::key, RollupKey.ORDER));
        return rows;
    }

    /** Every stored rollup, ordered like {@link #read}; for checks and exports of small instances. */
    public List<RollupRow> readAll() {
        List<RollupRow> rows = new ArrayList<>();
        for (DayRollupEntity row : storage.find(DayRollupEntity.class, Query.select())) {
            rows.add(new RollupRow(DayRollupRows.key(row), DayRollupRows.measures(row)));
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
                storage.deleteWhere(DayRollupEntity.class, "PROJECT_KEY = ?", projectKey.get());
            } else {
                storage.deleteWhere(DayRollupEntity.class, DayRollupRows.KEY_HASH + " IS NOT NULL");
            }
            Map<String, Delta> sums = new TreeMap<>();
            facts.forEachResolved(projectKey, ticket ->
                    RollupKey.of(ticket, zone).ifPresent(key -> add(sums, key, FactMeasures.of(ticket))));
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Delta sum : sums.values()) {
                if (!sum.measures().isZero()) {
                    batch.add(DayRollupRows.columns(sum.key(), sum.measures(), newToken()));
                }
                if (batch.size() == INSERT_BATCH) {
                    storage.createAll(DayRollupEntity.class, batch);
                    batch = new ArrayList<>();
                }
            }
            storage.createAll(DayRollupEntity.class, batch);
            return (int) sums.values().stream().filter(s -> !s.measures().isZero()).count();
        });
    }

    private void applyDelta(RollupKey key, FactMeasures delta) {
        String hash = key.hash();
        DayRollupEntity[] rows = storage.find(DayRollupEntity.class, Query.select().where(DayRollupRows.KEY_HASH + " = ?", hash));
        if (rows.length == 0) {
            if (delta.resolved() < 0) {
                // Only possible if rollups and facts disagree already; keep the write, a rebuild repairs it.
                LOG.warn("Rollup {} is missing while a ticket leaves it; rebuild the rollups to repair", key);
            }
            // A concurrent insert of the same key fails on the unique hash: retryable.
            storage.create(DayRollupEntity.class, DayRollupRows.columns(key, delta, newToken()));
            return;
        }
        DayRollupEntity row = rows[0];
        FactMeasures updated = DayRollupRows.measures(row).plus(delta);
        int deleted = storage.deleteWhere(DayRollupEntity.class,
                DayRollupRows.KEY_HASH + " = ? AND " + DayRollupRows.WRITE_TOKEN + " = ?", hash, row.getWriteToken());
        if (deleted == 0) {
            throw new ConcurrentChangeException("rollup " + key + " changed while being updated");
        }
        if (!updated.isZero()) {
            storage.create(DayRollupEntity.class, DayRollupRows.columns(key, updated, newToken()));
        }
    }

    private static long newToken() {
        return ThreadLocalRandom.current().nextLong();
    }

    private static void addFilter(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static void add(Map<String, Delta> deltas, RollupKey key, FactMeasures measures) {
        deltas.merge(key.hash(), new Delta(key, measures), (a, b) -> new Delta(a.key(), a.measures().plus(b.measures())));
    }

    private record Delta(RollupKey key, FactMeasures measures) {
    }
}
