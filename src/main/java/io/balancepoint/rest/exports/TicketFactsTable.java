package io.balancepoint.rest.exports;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Ticket facts as a table: the columns and cells of every facts export (REST, the {@code analyze}
 * command line), so all of them have the same columns in the same order. Costs by category are one
 * column each ({@code costLABOUR}, …); instants and durations are left as objects for the writer.
 */
public final class TicketFactsTable {

    /** Column names, in order. */
    public static final List<String> COLUMNS = columns();

    private TicketFactsTable() {
    }

    /** The cells of one ticket, in {@link #COLUMNS} order. */
    public static List<Object> cells(TicketFacts f) {
        List<Object> cells = new ArrayList<>(Arrays.asList(f.issueId(), f.issueKey(), f.projectKey(),
                f.requestType(), f.channel(), f.priority(), f.customerKey(), f.organisation(), f.customerTier(),
                f.supportTier(), f.created(), f.resolvedAt(), f.resolution(), f.realResolution(), f.resolvedBy(),
                f.totalCost().amount(), f.totalCost().currency().getCurrencyCode()));
        for (CostCategory category : CostCategory.values()) {
            Money cost = f.costByCategory().get(category);
            cells.add(cost == null ? BigDecimal.ZERO : cost.amount());
        }
        cells.addAll(Arrays.asList(f.labourSeconds(), f.labourEstimated(), f.agentContacts(),
                f.customerFollowUps(), f.reopenCount(), f.firstResponse(), f.resolutionTime(), f.csat(),
                f.fcrStatus() == null ? null : f.fcrStatus().name()));
        return cells;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("issueId", "issueKey", "projectKey", "requestType", "channel",
                "priority", "customerKey", "organisation", "customerTier", "supportTier", "created", "resolvedAt",
                "resolution", "realResolution", "resolvedBy", "totalCost", "currency"));
        for (CostCategory category : CostCategory.values()) {
            columns.add("cost" + category.name());
        }
        columns.addAll(List.of("labourSeconds", "labourEstimated", "agentContacts", "customerFollowUps", "reopenCount",
                "firstResponse", "resolutionTime", "csat", "fcrStatus"));
        return Collections.unmodifiableList(columns);
    }
}
