package io.balancepoint.dashboards;

import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.budget.FiscalYear;
import io.balancepoint.budget.PeriodActual;
import io.balancepoint.budget.VarianceRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * A project's budget against its actuals for one fiscal year at one level of the fiscal calendar.
 *
 * @param actuals one per period that had started by the report date, in time order
 * @param rows    one per period and measure with a target ({@link io.balancepoint.budget.BudgetVsActual#compare})
 */
public record BudgetReport(String projectKey, FiscalYear year, FiscalLevel level, BigDecimal tolerancePercent,
                           List<PeriodActual> actuals, List<VarianceRow> rows) {

    public BudgetReport {
        actuals = List.copyOf(actuals);
        rows = List.copyOf(rows);
    }
}
