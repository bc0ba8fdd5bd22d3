package io.balancepoint.budget;

import io.balancepoint.time.Period;
import java.math.BigDecimal;

/**
 * One measure of one period against its target. Money measures are amounts in the plan's
 * currency. {@code variance} = actual − target; {@code variancePercent} = variance ÷ target × 100
 * (null when the target is zero); both null when there is no actual ({@link VarianceStatus#NO_DATA}).
 */
public record VarianceRow(Period period, Measure measure, BigDecimal target, BigDecimal actual,
                          BigDecimal variance, BigDecimal variancePercent, VarianceStatus status) {
}
