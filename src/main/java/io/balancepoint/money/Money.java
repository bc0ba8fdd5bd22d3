package io.balancepoint.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. Amounts keep their full scale through calculation;
 * rounding (half-even to the currency's minor unit) happens only for display and export.
 * Two amounts are equal when their values are equal, whatever their scale (1.5 == 1.50).
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Precision of divisions (averages, per-unit costs): 34 significant digits, as IEEE decimal128. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return times(BigDecimal.valueOf(factor));
    }

    /** Divides with {@link #DIVISION} precision; trailing zeros are stripped so results stay readable. */
    public Money dividedBy(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division of money by zero");
        }
        return new Money(amount.divide(divisor, DIVISION).stripTrailingZeros(), currency);
    }

    public Money dividedBy(long divisor) {
        return dividedBy(BigDecimal.valueOf(divisor));
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public int signum() {
        return amount.signum();
    }

    @JsonIgnore // derived from amount; not part of the JSON form
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount rounded half-even to the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD). */
    public BigDecimal rounded() {
        int digits = currency.getDefaultFractionDigits();
        return amount.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
    }

    /** Display form, e.g. {@code EUR 1234.50}. */
    public String display() {
        return currency.getCurrencyCode() + " " + rounded().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "currency mismatch: " + currency.getCurrencyCode() + " vs " + other.currency.getCurrencyCode());
        }
    }
}
