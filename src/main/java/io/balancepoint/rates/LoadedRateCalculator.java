package io.balancepoint.rates;

import io.balancepoint.money.Money;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * The fully loaded hourly rate: (annual salary + benefits + allocated overhead) ÷
 * (paid hours × (1 − shrinkage)). Dividing by productive rather than paid hours is what makes
 * the rate "fully loaded" (research/market-domain.md §3.3).
 */
public final class LoadedRateCalculator {

    private LoadedRateCalculator() {
    }

    /**
     * Computes the rate and its steps.
     *
     * @throws io.balancepoint.validation.InvalidInputException listing every invalid field
     */
    public static LoadedRateBreakdown calculate(LoadedRateInput input) {
        Problems problems = new Problems();
        input.validate(problems);
        problems.throwIfAny("invalid loaded-rate input");
        BigDecimal annualCost = input.annualSalary().add(input.benefits()).add(input.allocatedOverhead());
        BigDecimal productiveShare = BigDecimal.ONE.subtract(input.shrinkagePercent().movePointLeft(2));
        BigDecimal productiveHours = input.paidHours().multiply(productiveShare);
        BigDecimal hourlyRate = annualCost.divide(productiveHours, Money.DIVISION);
        return new LoadedRateBreakdown(input, annualCost, productiveHours, hourlyRate);
    }
}
