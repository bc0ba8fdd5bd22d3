package io.balancepoint.budget;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A project's yearly targets decomposed in time: the cost budget allocated from the fiscal year
 * down to days, and the ratio targets (null when not set) carried to every period.
 */
public record TargetPlan(String projectKey, FiscalYear year, Allocation costBudget, Money targetCostPerResolution,
                         BigDecimal targetFcr, BigDecimal targetCsat) {

    public TargetPlan {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(costBudget, "costBudget");
    }

    /** The targets of every period of {@code level}, in time order. */
    public List<PeriodTarget> at(FiscalLevel level) {
        return costBudget.at(level).stream()
                .map(allocation -> new PeriodTarget(level, allocation.period(), allocation.amount(),
                        targetCostPerResolution, targetFcr, targetCsat))
                .toList();
    }
}
