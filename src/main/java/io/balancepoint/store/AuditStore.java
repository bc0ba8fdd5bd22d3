package io.balancepoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import io.balancepoint.store.ao.AuditEntryEntity;
import io.balancepoint.store.ao.Decimals;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The append-only audit log of money-changing admin actions (SPEC §1, §7). Entries are never
 * changed or deleted; they are read newest first, a page at a time. Totals keep their exact
 * decimal value and scale.
 */
public final class AuditStore {

    /** The largest page {@link #page} returns. */
    public static final int MAX_PAGE = 500;

    private final AoStorage storage;

    public AuditStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Appends an entry (joins the caller's transaction, so an action and its entry commit together) and returns its id. */
    public long append(AuditEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put("OCCURRED_AT", EpochMillis.of(entry.at()));
        row.put("ACTOR_KEY", entry.actor());
        row.put("AUDIT_ACTION", entry.action().name());
        row.put("SUBJECT", entry.subject());
        row.put("DETAIL_JSON", json(entry.details()));
        row.put("TOTAL_BEFORE", entry.totalBefore() == null ? null : Decimals.write(entry.totalBefore().amount()));
        row.put("TOTAL_AFTER", entry.totalAfter() == null ? null : Decimals.write(entry.totalAfter().amount()));
        Money any = entry.totalBefore() != null ? entry.totalBefore() : entry.totalAfter();
        row.put("CURRENCY", any == null ? null : any.currency().getCurrencyCode());
        return storage.inTransaction(() -> storage.create(AuditEntryEntity.class, row).getID());
    }

    /**
     * Entries newest first (by time, then by id for entries of the same millisecond).
     *
     * @param offset how many of the newest to skip
     * @param limit  at most this many, 1–{@value #MAX_PAGE}
     */
    public List<AuditRecord> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be at least 0 and limit between 1 and " + MAX_PAGE
                    + ", were " + offset + " and " + limit);
        }
        Query query = Query.select().order("OCCURRED_AT DESC, ID DESC").offset(offset).limit(limit);
        List<AuditRecord> records = new ArrayList<>();
        for (AuditEntryEntity row : storage.find(AuditEntryEntity.class, query)) {
            records.add(new AuditRecord(row.getID(), entry(row)));
        }
        return records;
    }

    /** How many entries the log holds. */
    public int count() {
        return storage.count(AuditEntryEntity.class, Query.select());
    }

    private static AuditEntry entry(AuditEntryEntity row) {
        Currency currency = row.getCurrency() == null ? null : Currency.getInstance(row.getCurrency());
        return new AuditEntry(EpochMillis.instant(row.getOccurredAt()), row.getActorKey(),
                AuditAction.valueOf(row.getAuditAction()), row.getSubject(), tree(row.getDetailJson()),
                money(row.getTotalBefore(), currency), money(row.getTotalAfter(), currency));
    }

    private static Money money(String column, Currency currency) {
        return column == null ? null : Money.of(Decimals.read(column), currency);
    }

    private static String json(JsonNode details) {
        try {
            return Json.mapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit details are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
