package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.money.Money;
import io.balancepoint.store.ao.Decimals;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Converts ticket facts to {@link TicketFactsEntity} columns and back. */
final class TicketFactsRows {

    static final String ISSUE_ID = "ISSUE_ID";
    static final String ROW_VERSION = "ROW_VERSION";

    /** Every column, for streaming queries (streamed entities hold only the selected columns). */
    static final String ALL_COLUMNS = String.join(", ", "ID", ISSUE_ID, ROW_VERSION, "ISSUE_KEY", "PROJECT_KEY",
            "REQUEST_TYPE", "CHANNEL", "PRIORITY", "CUSTOMER_KEY", "ORGANISATION", "CUSTOMER_TIER", "SUPPORT_TIER",
            "CREATED_AT", "RESOLVED_AT", "RESOLUTION", "REAL_RESOLUTION", "RESOLVED_BY", "CURRENCY", "TOTAL_COST",
            "COST_LABOUR", "COST_CONTACT", "COST_OVERHEAD", "COST_COMPENSATION", "COST_MATERIAL", "COST_OUTSOURCING",
            "COST_OTHER", "LABOUR_SECONDS", "LABOUR_ESTIMATED", "AGENT_CONTACTS", "FOLLOW_UPS", "REOPEN_COUNT",
            "FIRST_RESPONSE_MS", "RESOLUTION_MS", "CSAT", "FCR_STATUS");

    /** Columns written per row (all but the generated ID), to size the column maps. */
    private static final int COLUMNS = ALL_COLUMNS.split(",").length - 1;

    private TicketFactsRows() {
    }

    /** The column holding a dimension's raw value; null for {@link Dimension#PROJECT}'s own key and unknown ones. */
    static String columnOf(Dimension dimension) {
        return switch (dimension) {
            case REQUEST_TYPE -> "REQUEST_TYPE";
            case CHANNEL -> "CHANNEL";
            case CUSTOMER_TIER -> "CUSTOMER_TIER";
            case SUPPORT_TIER -> "SUPPORT_TIER";
            case AGENT -> "RESOLVED_BY";
            case PRIORITY -> "PRIORITY";
            case ORGANISATION -> "ORGANISATION";
            case PROJECT -> null;
        };
    }

    /** The stored form of facts without the version: facts are stored alike exactly when these maps are equal. */
    static Map<String, Object> columns(TicketFacts facts) {
        Currency currency = facts.totalCost().currency();
        Map<String, Object> row = HashMap.newHashMap(COLUMNS);
        row.put(ISSUE_ID, facts.issueId());
        row.put("ISSUE_KEY", facts.issueKey());
        row.put("PROJECT_KEY", facts.projectKey());
        row.put("REQUEST_TYPE", facts.requestType());
        row.put("CHANNEL", facts.channel());
        row.put("PRIORITY", facts.priority());
        row.put("CUSTOMER_KEY", facts.customerKey());
        row.put("ORGANISATION", facts.organisation());
        row.put("CUSTOMER_TIER", facts.customerTier());
        row.put("SUPPORT_TIER", facts.supportTier());
        row.put("CREATED_AT", EpochMillis.of(facts.created()));
        row.put("RESOLVED_AT", EpochMillis.of(facts.resolvedAt()));
        row.put("RESOLUTION", facts.resolution());
        row.put("REAL_RESOLUTION", facts.realResolution());
        row.put("RESOLVED_BY", facts.resolvedBy());
        row.put("CURRENCY", currency.getCurrencyCode());
        row.put("TOTAL_COST", Decimals.write(facts.totalCost().amount()));
        for (CostCategory category : CostCategory.values()) {
            Money cost = facts.costByCategory().get(category);
            if (cost != null && !cost.currency().equals(currency)) {
                throw new IllegalArgumentException(category + " cost of issue " + facts.issueId() + " is in "
                        + cost.currency() + ", total cost in " + currency);
            }
            row.put(costColumn(category), cost == null ? null : Decimals.write(cost.amount()));
        }
        row.put("LABOUR_SECONDS", facts.labourSeconds());
        row.put("LABOUR_ESTIMATED", facts.labourEstimated());
        row.put("AGENT_CONTACTS", facts.agentContacts());
        row.put("FOLLOW_UPS", facts.customerFollowUps());
        row.put("REOPEN_COUNT", facts.reopenCount());
        row.put("FIRST_RESPONSE_MS", EpochMillis.of(facts.firstResponse()));
        row.put("RESOLUTION_MS", EpochMillis.of(facts.resolutionTime()));
        row.put("CSAT", facts.csat());
        row.put("FCR_STATUS", facts.fcrStatus().name());
        return row;
    }

    static Map<String, Object> columns(TicketFacts facts, long version) {
        Map<String, Object> row = columns(facts);
        row.put(ROW_VERSION, version);
        return row;
    }

    static TicketFacts facts(TicketFactsEntity row) {
        Currency currency = Currency.getInstance(row.getCurrency());
        Function<String, Money> money = column -> column == null ? null : Money.of(Decimals.read(column), currency);
        Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
        putIfPresent(byCategory, CostCategory.LABOUR, money.apply(row.getCostLabour()));
        putIfPresent(byCategory, CostCategory.CONTACT, money.apply(row.getCostContact()));
        putIfPresent(byCategory, CostCategory.OVERHEAD, money.apply(row.getCostOverhead()));
        putIfPresent(byCategory, CostCategory.COMPENSATION, money.apply(row.getCostCompensation()));
        putIfPresent(byCategory, CostCategory.MATERIAL, money.apply(row.getCostMaterial()));
        putIfPresent(byCategory, CostCategory.OUTSOURCING, money.apply(row.getCostOutsourcing()));
        putIfPresent(byCategory, CostCategory.OTHER, money.apply(row.getCostOther()));
        return new TicketFacts(
                row.getIssueId(),
                row.getIssueKey(),
                row.getProjectKey(),
                row.getRequestType(),
                row.getChannel(),
                row.getPriority(),
                row.getCustomerKey(),
                row.getOrganisation(),
                row.getCustomerTier(),
                row.getSupportTier(),
                EpochMillis.instant(row.getCreatedAt()),
                EpochMillis.instant(row.getResolvedAt()),
                row.getResolution(),
                row.isRealResolution(),
                row.getResolvedBy(),
                money.apply(row.getTotalCost()),
                byCategory,
                row.getLabourSeconds(),
                row.isLabourEstimated(),
                row.getAgentContacts(),
                row.getFollowUps(),
                row.getReopenCount(),
                EpochMillis.duration(row.getFirstResponseMs()),
                EpochMillis.duration(row.getResolutionMs()),
                row.getCsat(),
                FcrStatus.valueOf(row.getFcrStatus()));
    }

    private static String costColumn(CostCategory category) {
        return "COST_" + category.name();
    }

    private static void putIfPresent(Map<CostCategory, Money> map, CostCategory category, Money amount) {
        if (amount != null) {
            map.put(category, amount);
        }
    }
}
