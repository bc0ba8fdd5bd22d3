package io.balancepoint.workbench.analysis;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The metrics of one project in one calendar month (tickets by their latest resolution), and their
 * table form for the report. Amounts are rounded half-even to the currency's minor unit, the FCR
 * rate to 4 decimals, mean handle time to 0.1 s and mean CSAT to 2 decimals, as exports show them;
 * a metric without a denominator is empty.
 *
 * @param month calendar month, {@code 2024-03}
 */
public record MonthlyProjectMetrics(String month, String projectKey, PeriodMetrics metrics) {

    /** Column names, in order. */
    public static final List<String> COLUMNS = columns();

    /** The cells of this row, in {@link #COLUMNS} order. */
    public List<Object> cells() {
        FactMeasures m = metrics.measures();
        List<Object> cells = new ArrayList<>(Arrays.asList(month, projectKey, m.tickets(), m.resolved(),
                m.realResolutions(), m.fcrApplicable(), m.fcr(), m.fcrProvisional(), scaled(metrics.fcrRate(), 4),
                m.totalCost().rounded(), m.currency().getCurrencyCode()));
        for (CostCategory category : CostCategory.values()) {
            cells.add(m.costByCategory().get(category).rounded());
        }
        cells.addAll(Arrays.asList(metrics.unallocatedOverhead().rounded(), rounded(metrics.costPerResolution()),
                rounded(metrics.fullyLoadedCostPerResolution()), m.agentContacts(), rounded(metrics.costPerContact()),
                m.customerFollowUps(), m.reopens(), m.labourSeconds(), m.labourTickets(),
                scaled(metrics.meanLabourSeconds(), 1), m.estimatedLabourTickets(), m.csatCount(),
                scaled(metrics.meanCsat(), 2)));
        return cells;
    }

    private static BigDecimal rounded(Money money) {
        return money == null ? null : money.rounded();
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("month", "projectKey", "tickets", "resolved", "realResolutions",
                "fcrApplicable", "fcr", "fcrProvisional", "fcrRate", "totalCost", "currency"));
        for (CostCategory category : CostCategory.values()) {
            columns.add("cost" + category.name());
        }
        columns.addAll(List.of("unallocatedOverhead", "costPerResolution", "fullyLoadedCostPerResolution",
                "agentContacts", "costPerContact", "customerFollowUps", "reopens", "labourSeconds", "labourTickets",
                "meanLabourSeconds", "estimatedLabourTickets", "csatCount", "meanCsat"));
        return Collections.unmodifiableList(columns);
    }
}
