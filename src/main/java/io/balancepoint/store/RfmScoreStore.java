package io.balancepoint.store;

import io.balancepoint.store.ao.Decimals;
import io.balancepoint.store.ao.RfmScoreEntity;
import io.balancepoint.tiering.RfmScore;
import io.balancepoint.tiering.RfmScoreSource;
import io.balancepoint.tiering.RfmScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The RFM scores of the latest scoring run, one row per customer. A run replaces them all in one
 * transaction, so every node sees either the old or the new population, never a mix; a recompute
 * looks up the customers of a whole batch of tickets at once.
 */
public final class RfmScoreStore implements RfmScoreSource {

    private static final int INSERT_BATCH = 500;

    private final AoStorage storage;

    public RfmScoreStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Makes {@code scores} the stored population (customers not in it lose their score) and returns how many there are. */
    public int replaceAll(RfmScores scores) {
        Objects.requireNonNull(scores.asOf(), "scores.asOf");
        return storage.inTransaction(() -> {
            storage.deleteWhere(RfmScoreEntity.class, "CUSTOMER_KEY IS NOT NULL");
            List<Map<String, Object>> batch = new ArrayList<>();
            for (RfmScore score : scores.all()) {
                batch.add(columns(score, scores.asOf()));
                if (batch.size() == INSERT_BATCH) {
                    storage.createAll(RfmScoreEntity.class, batch);
                    batch = new ArrayList<>();
                }
            }
            storage.createAll(RfmScoreEntity.class, batch);
            return scores.byCustomer().size();
        });
    }

    @Override
    public RfmScores scoresOf(String customerKey) {
        if (customerKey == null) {
            return RfmScores.none(null);
        }
        RfmScoreEntity[] rows = storage.find(RfmScoreEntity.class, Query.select().where("CUSTOMER_KEY = ?", customerKey));
        if (rows.length == 0) {
            return RfmScores.none(null);
        }
        return new RfmScores(day(rows[0].getScoredOn()), new TreeMap<>(Map.of(customerKey, score(rows[0]))));
    }

    /** One read per bounded IN list instead of one per customer: a recompute batch asks for up to 50 customers. */
    @Override
    public Map<String, RfmScores> scoresOfAll(Collection<String> customerKeys) {
        Map<String, RfmScores> scores = new HashMap<>();
        Set<String> keys = new TreeSet<>();
        for (String key : customerKeys) {
            if (key != null) {
                keys.add(key);
            }
        }
        for (List<String> chunk : Criteria.chunks(keys)) {
            for (RfmScoreEntity row : storage.find(RfmScoreEntity.class,
                    Query.select().where(Criteria.in("CUSTOMER_KEY", chunk.size()), chunk.toArray()))) {
                scores.put(row.getCustomerKey(), new RfmScores(day(row.getScoredOn()), new TreeMap<>(Map.of(row.getCustomerKey(), score(row)))));
            }
        }
        for (String key : keys) {
            scores.putIfAbsent(key, RfmScores.none(null));
        }
        return scores;
    }

    /** How many customers have a score. */
    public int count() {
        return storage.count(RfmScoreEntity.class, Query.select());
    }

    /** The date of the latest scoring run; empty when none stored a score. */
    public Optional<LocalDate> scoredOn() {
        RfmScoreEntity[] rows = storage.find(RfmScoreEntity.class, Query.select().limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(day(rows[0].getScoredOn()));
    }

    private static Map<String, Object> columns(RfmScore score, LocalDate asOf) {
        Map<String, Object> row = new HashMap<>();
        row.put("CUSTOMER_KEY", score.customerKey());
        row.put("SCORED_ON", dayNumber(asOf));
        row.put("DAYS_SINCE_LAST", score.daysSinceLastRequest());
        row.put("REQUEST_COUNT", score.requests());
        row.put("MONETARY_VALUE", Decimals.write(score.monetaryValue()));
        row.put("RECENCY", score.recency());
        row.put("FREQUENCY", score.frequency());
        row.put("MONETARY", score.monetary());
        row.put("TIER", score.tier());
        return row;
    }

    private static RfmScore score(RfmScoreEntity row) {
        return new RfmScore(row.getCustomerKey(), row.getDaysSinceLast(), row.getRequestCount(),
                Decimals.read(row.getMonetaryValue()), row.getRecency(), row.getFrequency(), row.getMonetary(), row.getTier());
    }

    private static int dayNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static LocalDate day(int dayNumber) {
        return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
    }
}
