package io.balancepoint.store;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.money.Money;
import io.balancepoint.store.ao.RollupEntity;
import io.balancepoint.store.ao.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts rollups (day and month rows) to {@link RollupEntity} columns and back. Amounts are written in canonical
 * form (no trailing zeros), so a row reached by any sequence of deltas is stored exactly like the
 * same row rebuilt from facts, whatever the scales of the amounts that were added.
 */
final class RollupColumns {

    static final String KEY_HASH = "KEY_HASH";
    static final String WRITE_TOKEN = "WRITE_TOKEN";
    static final String PROJECT_KEY = "PROJECT_KEY";
    static final String RESOLVED_DAY = "RESOLVED_DAY";
    static final String DIM_NAME = "DIM_NAME";
    static final String DIM_VALUE = "DIM_VALUE";
    static final String GRAIN = "GRAIN";
    /** {@code DIM_NAME} of a day's total. */
    static final String TOTAL = "ALL";

    /** The columns of a key and its measures, for the dashboards' reads (streamed entities hold only the selected columns). */
    static final String KEY_AND_MEASURES = String.join(", ", PROJECT_KEY, GRAIN, RESOLVED_DAY, DIM_NAME, DIM_VALUE,
            "CURRENCY", "TICKETS", "RESOLVED", "REAL_RESOLUTIONS", "FCR_APPLICABLE", "FCR_COUNT", "FCR_PROVISIONAL", "AGENT_CONTACTS", "FOLLOW_UPS", "REOPENS",
            "LABOUR_SECONDS", "LABOUR_TICKETS", "LABOUR_ESTIMATED_TICKETS", "FIRST_RESPONSE_SECONDS", "FIRST_RESPONSES",
            "RESOLUTION_SECONDS", "CSAT_SUM", "CSAT_COUNT", "TOTAL_COST", "COST_LABOUR", "COST_CONTACT", "COST_OVERHEAD",
            "COST_COMPENSATION", "COST_MATERIAL", "COST_OUTSOURCING", "COST_OTHER");

    /** Every column, for the writers' reads. */
    static final String ALL_COLUMNS = String.join(", ", "ID", KEY_HASH, WRITE_TOKEN, KEY_AND_MEASURES);

    /** Columns written per row (all but the generated ID), to size the column maps. */
    private static final int COLUMNS = ALL_COLUMNS.split(",").length - 1;

    private RollupColumns() {
    }

    static Map<String, Object> columns(RollupKey key, FactMeasures measures, long writeToken) {
        if (!measures.currency().equals(key.currency())) {
            throw new IllegalArgumentException("measures in " + measures.currency() + " for a rollup in " + key.currency());
        }
        Map<String, Object> row = HashMap.newHashMap(COLUMNS);
        row.put(KEY_HASH, key.hash());
        row.put(WRITE_TOKEN, writeToken);
        row.put(PROJECT_KEY, key.projectKey());
        row.put(GRAIN, key.grain().name());
        row.put(RESOLVED_DAY, dayNumber(key.day()));
        row.put(DIM_NAME, key.isTotal() ? TOTAL : key.dimension().name());
        row.put(DIM_VALUE, key.value());
        row.put("CURRENCY", key.currency().getCurrencyCode());
        row.put("TICKETS", measures.tickets());
        row.put("RESOLVED", measures.resolved());
        row.put("REAL_RESOLUTIONS", measures.realResolutions());
        row.put("FCR_APPLICABLE", measures.fcrApplicable());
        row.put("FCR_COUNT", measures.fcr());
        row.put("FCR_PROVISIONAL", measures.fcrProvisional());
        row.put("AGENT_CONTACTS", measures.agentContacts());
        row.put("FOLLOW_UPS", measures.customerFollowUps());
        row.put("REOPENS", measures.reopens());
        row.put("LABOUR_SECONDS", measures.labourSeconds());
        row.put("LABOUR_TICKETS", measures.labourTickets());
        row.put("LABOUR_ESTIMATED_TICKETS", measures.estimatedLabourTickets());
        row.put("FIRST_RESPONSE_SECONDS", measures.firstResponseSeconds());
        row.put("FIRST_RESPONSES", measures.firstResponses());
        row.put("RESOLUTION_SECONDS", measures.resolutionSeconds());
        row.put("CSAT_SUM", measures.csatSum());
        row.put("CSAT_COUNT", measures.csatCount());
        row.put("TOTAL_COST", amount(measures.totalCost()));
        measures.costByCategory().forEach((category, cost) -> row.put("COST_" + category.name(), amount(cost)));
        return row;
    }

    static RollupKey key(RollupEntity row) {
        String dimension = row.getDimName();
        return new RollupKey(row.getProjectKey(), day(row.getResolvedDay()),
                TOTAL.equals(dimension) ? null : Dimension.valueOf(dimension), row.getDimValue(), Currency.getInstance(row.getCurrency()),
                RollupGrain.valueOf(row.getGrain()));
    }

    static FactMeasures measures(RollupEntity row) {
        Currency currency = Currency.getInstance(row.getCurrency());
        Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
        byCategory.put(CostCategory.LABOUR, money(row.getCostLabour(), currency));
        byCategory.put(CostCategory.CONTACT, money(row.getCostContact(), currency));
        byCategory.put(CostCategory.OVERHEAD, money(row.getCostOverhead(), currency));
        byCategory.put(CostCategory.COMPENSATION, money(row.getCostCompensation(), currency));
        byCategory.put(CostCategory.MATERIAL, money(row.getCostMaterial(), currency));
        byCategory.put(CostCategory.OUTSOURCING, money(row.getCostOutsourcing(), currency));
        byCategory.put(CostCategory.OTHER, money(row.getCostOther(), currency));
        return new FactMeasures(
                row.getTickets(),
                row.getResolved(),
                row.getRealResolutions(),
                row.getFcrApplicable(),
                row.getFcrCount(),
                row.getFcrProvisional(),
                money(row.getTotalCost(), currency),
                byCategory,
                row.getAgentContacts(),
                row.getFollowUps(),
                row.getReopens(),
                row.getLabourSeconds(),
                row.getLabourTickets(),
                row.getLabourEstimatedTickets(),
                row.getFirstResponseSeconds(),
                row.getFirstResponses(),
                row.getResolutionSeconds(),
                row.getCsatSum(),
                row.getCsatCount());
    }

    /** The {@code DIM_NAME} of a query's rows. */
    static String dimName(Dimension dimension) {
        return dimension == null ? TOTAL : dimension.name();
    }

    /** yyyymmdd, e.g. 20260105. */
    static int dayNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static LocalDate day(int dayNumber) {
        return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
    }

    /** Same value, no trailing zeros, never a negative scale: 1.50 and 1.5 are both stored as "1.5", 1E+3 as "1000". */
    static String amount(Money money) {
        BigDecimal value = money.amount();
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return Decimals.write(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    private static Money money(String column, Currency currency) {
        return Money.of(Decimals.read(column), currency);
    }
}
