package io.balancepoint.dashboards;

import io.balancepoint.budget.BudgetVsActual;
import io.balancepoint.budget.FiscalCalendar;
import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.budget.FiscalYear;
import io.balancepoint.budget.PeriodActual;
import io.balancepoint.budget.ProjectTargets;
import io.balancepoint.budget.TargetDecomposition;
import io.balancepoint.budget.TargetPlan;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.metrics.UnallocatedOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.Period;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget vs actual (SPEC §5): a project's yearly targets decomposed over the fiscal calendar
 * ({@link TargetDecomposition}) against actuals summed from its day rollups, compared by
 * {@link BudgetVsActual}.
 *
 * <p>Actual definitions: <em>cost</em> is fully loaded — the cost of the tickets resolved in the
 * period plus the project's unallocated period overhead that falls into it — because a budget covers
 * all of a desk's spending, tools and training included; <em>resolutions</em> are real resolutions, so
 * the actual cost per resolution is the fully loaded one; FCR is the FCR rate and CSAT the mean rating.
 * Periods that start after the report date have no actual (shown as no data); a period that has started
 * has one even without a resolution (it cost what it cost, possibly nothing).
 */
public final class BudgetReports {

    /** Tolerance when the caller has no preference: within ± 5 % of a target counts as on target. */
    public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    private final RollupSource rollups;
    private final SettingsDocument settings;

    /** @param settings a validated settings document (budgets, fiscal calendar, working time, overhead) */
    public BudgetReports(RollupSource rollups, SettingsDocument settings) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The project's budget vs actual for fiscal year {@code fiscalYear} (FY number) at {@code level};
     * empty when the settings hold no targets for that project and year.
     *
     * @param asOf the report date: periods starting after it have no actual yet
     */
    public Optional<BudgetReport> budgetVsActual(String projectKey, int fiscalYear, FiscalLevel level, LocalDate asOf,
                                                 BigDecimal tolerancePercent) {
        Problems problems = new Problems();
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
        problems.required(level, "level");
        problems.required(asOf, "asOf");
        if (problems.required(tolerancePercent, "tolerancePercent") && tolerancePercent.signum() < 0) {
            problems.add("tolerancePercent", "must not be negative");
        }
        problems.throwIfAny("invalid budget query");

        Optional<ProjectTargets> targets = settings.budgets().projects().stream()
                .filter(t -> projectKey.equals(t.projectKey()) && Integer.valueOf(fiscalYear).equals(t.fiscalYear()))
                .findFirst();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = settings.currency();
        TargetPlan plan = TargetDecomposition.of(settings.budgets(), settings.workingTime().calendar())
                .plan(targets.get(), currency);
        List<PeriodActual> actuals = actuals(projectKey, plan.year(), level, asOf, currency);
        return Optional.of(new BudgetReport(projectKey, plan.year(), level, tolerancePercent, actuals,
                new BudgetVsActual(tolerancePercent).compare(plan, level, actuals)));
    }

    private List<PeriodActual> actuals(String projectKey, FiscalYear year, FiscalLevel level, LocalDate asOf,
                                       Currency currency) {
        PeriodIndex periods = new PeriodIndex(FiscalCalendar.of(settings.budgets().fiscalCalendar()).periods(year, level));
        ProjectRollups yearRollups = ProjectRollups.read(rollups, projectKey, periods, DimensionFilter.all(), null, currency);
        UnallocatedOverhead overhead = UnallocatedOverhead.forProject(settings.overhead(), projectKey, currency);
        List<PeriodActual> actuals = new ArrayList<>();
        for (Map.Entry<Period, FactMeasures> entry : yearRollups.byPeriod(periods).entrySet()) {
            Period period = entry.getKey();
            if (period.start().isAfter(asOf)) {
                break;
            }
            FactMeasures measures = entry.getValue();
            Money cost = measures.totalCost().plus(overhead.forPeriod(period));
            actuals.add(new PeriodActual(period, cost, measures.realResolutions(),
                    PeriodMetrics.fcrRate(measures).orElse(null), PeriodMetrics.of(measures, Money.zero(currency)).meanCsat()));
        }
        return actuals;
    }
}
