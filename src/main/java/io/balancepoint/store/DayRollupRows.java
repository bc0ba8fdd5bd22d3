package io.balancepoint.store;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.store.ao.DayRollupEntity;
import io.balancepoint.store.ao.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Converts day rollups to {@link DayRollupEntity} columns and back. */
final class DayRollupRows {

    static final String KEY_HASH = "KEY_HASH";
    static final String WRITE_TOKEN = "WRITE_TOKEN";

    private DayRollupRows() {
    }

    static Map<String, Object> columns(RollupKey key, RollupMeasures measures, long writeToken) {
        Map<String, Object> row = new HashMap<>();
        row.put(KEY_HASH, key.hash());
        row.put(WRITE_TOKEN, writeToken);
        row.put("PROJECT_KEY", key.projectKey());
        row.put("RESOLVED_DAY", dayNumber(key.day()));
        row.put("REQUEST_TYPE", key.requestType());
        row.put("CHANNEL", key.channel());
        row.put("CUSTOMER_TIER", key.customerTier());
        row.put("SUPPORT_TIER", key.supportTier());
        row.put("RESOLVED_BY", key.resolvedBy());
        row.put("CURRENCY", key.currency().getCurrencyCode());
        row.put("RESOLVED", measures.resolved());
        row.put("REAL_RESOLVED", measures.realResolved());
        row.put("FCR_APPLICABLE", measures.fcrApplicable());
        row.put("FCR_COUNT", measures.fcr());
        row.put("CONTACTS", measures.contacts());
        row.put("LABOUR_SECONDS", measures.labourSeconds());
        row.put("CSAT_SUM", measures.csatSum());
        row.put("CSAT_COUNT", measures.csatCount());
        row.put("FOLLOW_UPS", measures.followUps());
        row.put("REOPENS", measures.reopens());
        row.put("TOTAL_COST", Decimals.write(measures.totalCost()));
        measures.costByCategory().forEach((category, amount) -> row.put("COST_" + category.name(), Decimals.write(amount)));
        return row;
    }

    static RollupKey key(DayRollupEntity row) {
        return new RollupKey(row.getProjectKey(), day(row.getResolvedDay()), row.getRequestType(), row.getChannel(),
                row.getCustomerTier(), row.getSupportTier(), row.getResolvedBy(), Currency.getInstance(row.getCurrency()));
    }

    static RollupMeasures measures(DayRollupEntity row) {
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        byCategory.put(CostCategory.LABOUR, Decimals.read(row.getCostLabour()));
        byCategory.put(CostCategory.CONTACT, Decimals.read(row.getCostContact()));
        byCategory.put(CostCategory.OVERHEAD, Decimals.read(row.getCostOverhead()));
        byCategory.put(CostCategory.COMPENSATION, Decimals.read(row.getCostCompensation()));
        byCategory.put(CostCategory.MATERIAL, Decimals.read(row.getCostMaterial()));
        byCategory.put(CostCategory.OUTSOURCING, Decimals.read(row.getCostOutsourcing()));
        byCategory.put(CostCategory.OTHER, Decimals.read(row.getCostOther()));
        return new RollupMeasures(row.getResolved(), row.getRealResolved(), row.getFcrApplicable(), row.getFcrCount(),
                row.getContacts(), row.getLabourSeconds(), row.getCsatSum(), row.getCsatCount(), row.getFollowUps(),
                row.getReopens(), Decimals.read(row.getTotalCost()), byCategory);
    }

    /** yyyymmdd, e.g. 20260105. */
    static int dayNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static LocalDate day(int dayNumber) {
        return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
    }
}
