package io.balancepoint.rates;

import java.math.BigDecimal;

/**
 * The loaded-rate calculation shown step by step, so the admin sees how the rate was reached.
 *
 * @param annualCost      salary + benefits + allocated overhead
 * @param productiveHours paid hours × (1 − shrinkage)
 * @param hourlyRate      annual cost ÷ productive hours, unrounded ({@link io.balancepoint.money.Money#DIVISION} precision)
 */
public record LoadedRateBreakdown(
        LoadedRateInput input,
        BigDecimal annualCost,
        BigDecimal productiveHours,
        BigDecimal hourlyRate) {
}
