package io.balancepoint.budget;

import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a project's actual figures with its targets, period by period, at one level of the
 * fiscal calendar (see {@link ReportingRole} for the levels each role manages).
 *
 * <p>A figure is {@link VarianceStatus#ON_TARGET} when its variance is within ± the tolerance, in
 * percent of the target (boundary included); with a zero target only an actual of exactly zero is
 * on target. Measures whose target is not set produce no row; periods without an actual produce
 * {@link VarianceStatus#NO_DATA} rows, as do periods without resolutions (cost per resolution),
 * without applicable tickets (FCR) or without ratings (CSAT).
 */
public final class BudgetVsActual {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal tolerancePercent;

    /** {@code tolerancePercent}: e.g. 5 for ± 5 % of the target; not negative. */
    public BudgetVsActual(BigDecimal tolerancePercent) {
        Objects.requireNonNull(tolerancePercent, "tolerancePercent");
        if (tolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("tolerancePercent must not be negative: " + tolerancePercent);
        }
        this.tolerancePercent = tolerancePercent;
    }

    /**
     * One row per period of {@code level} and measure with a target, in time order, measures in
     * {@link Measure} order. Every actual must be for a period of the plan at that level, in the
     * plan's currency, at most once; otherwise every mismatch is reported at once.
     */
    public List<VarianceRow> compare(TargetPlan plan, FiscalLevel level, List<PeriodActual> actuals) {
        List<PeriodTarget> targets = plan.at(level);
        Map<Period, PeriodActual> actualByPeriod = matchToPlan(plan, level, targets, actuals);
        List<VarianceRow> rows = new ArrayList<>();
        for (PeriodTarget target : targets) {
            PeriodActual actual = actualByPeriod.get(target.period());
            rows.add(row(target.period(), Measure.COST, amountOf(target.costBudget()),
                    actual == null ? null : amountOf(actual.cost())));
            if (target.targetCostPerResolution() != null) {
                rows.add(row(target.period(), Measure.COST_PER_RESOLUTION, amountOf(target.targetCostPerResolution()),
                        actual == null ? null : amountOf(actual.costPerResolution())));
            }
            if (target.targetFcr() != null) {
                rows.add(row(target.period(), Measure.FCR, target.targetFcr(), actual == null ? null : actual.fcrRate()));
            }
            if (target.targetCsat() != null) {
                rows.add(row(target.period(), Measure.CSAT, target.targetCsat(), actual == null ? null : actual.csat()));
            }
        }
        return List.copyOf(rows);
    }

    private VarianceRow row(Period period, Measure measure, BigDecimal target, BigDecimal actual) {
        if (actual == null) {
            return new VarianceRow(period, measure, target, null, null, null, VarianceStatus.NO_DATA);
        }
        BigDecimal variance = actual.subtract(target);
        BigDecimal percent = target.signum() == 0 ? null : variance.multiply(HUNDRED).divide(target, Money.DIVISION);
        return new VarianceRow(period, measure, target, actual, variance, percent, statusOf(variance, percent));
    }

    private VarianceStatus statusOf(BigDecimal variance, BigDecimal percent) {
        if (percent == null ? variance.signum() == 0 : percent.abs().compareTo(tolerancePercent) <= 0) {
            return VarianceStatus.ON_TARGET;
        }
        return variance.signum() < 0 ? VarianceStatus.UNDER : VarianceStatus.OVER;
    }

    private static Map<Period, PeriodActual> matchToPlan(TargetPlan plan, FiscalLevel level, List<PeriodTarget> targets,
                                                         List<PeriodActual> actuals) {
        Set<Period> planned = targets.stream().map(PeriodTarget::period).collect(Collectors.toSet());
        Currency currency = plan.costBudget().amount().currency();
        Map<Period, PeriodActual> byPeriod = new HashMap<>();
        Problems problems = new Problems();
        problems.each(actuals, "actuals", (at, item) -> {
            PeriodActual actual = (PeriodActual) item;
            if (!planned.contains(actual.period())) {
                at.add("period", actual.period().label() + " " + actual.period().start() + ".." + actual.period().end()
                        + " is not a " + level + " period of " + plan.year().label());
            } else if (byPeriod.putIfAbsent(actual.period(), actual) != null) {
                at.add("period", "repeats the actual of " + actual.period().label());
            }
            if (!actual.cost().currency().equals(currency)) {
                at.add("cost", "must be in " + currency.getCurrencyCode());
            }
        });
        problems.throwIfAny("actuals do not match the plan of " + plan.projectKey() + " " + plan.year().label());
        return byPeriod;
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }
}
