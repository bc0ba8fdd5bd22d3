package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.math.BigDecimal;

/**
 * Customer lifetime value in Anton's annuity form: the present value of {@code n} yearly profits
 * {@code R} discounted at rate {@code i}, CLV = R × (1 − (1 + i)^−n) ÷ i, and R × n when i = 0.
 *
 * <p>Years are whole numbers, so (1 + i)^n is exact. The formula is evaluated as
 * R × ((1 + i)^n − 1) ÷ (i × (1 + i)^n): exact numerator and denominator and a single division
 * with {@link Money#DIVISION} precision, so the only rounding is in the 34th significant digit.
 */
public final class Clv {

    private Clv() {
    }

    /**
     * @param yearlyProfit R, the yearly profit from a loyal customer
     * @param discountRate i as a fraction (0.10 = 10 %), not negative
     * @param years        n, the expected years of loyalty, at least 1
     */
    public static Money annuity(Money yearlyProfit, BigDecimal discountRate, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("years of loyalty must be at least 1, was " + years);
        }
        if (discountRate.signum() < 0) {
            throw new IllegalArgumentException("discount rate must not be negative, was " + discountRate);
        }
        if (discountRate.signum() == 0) {
            return yearlyProfit.times(years);
        }
        BigDecimal growth = BigDecimal.ONE.add(discountRate).pow(years);
        BigDecimal numerator = growth.subtract(BigDecimal.ONE);
        BigDecimal denominator = discountRate.multiply(growth);
        return yearlyProfit.times(numerator).dividedBy(denominator);
    }
}
