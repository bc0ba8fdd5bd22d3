package io.balancepoint.budget;

import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import java.math.BigDecimal;

/**
 * A project's targets for one period: its exact part of the yearly cost budget and the yearly
 * ratio targets, which are not split but hold for every period (null when not set).
 */
public record PeriodTarget(FiscalLevel level, Period period, Money costBudget, Money targetCostPerResolution,
                           BigDecimal targetFcr, BigDecimal targetCsat) {
}
