package io.balancepoint.rates;

import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The hourly rate that prices someone's work on one day, and where it came from.
 *
 * @param key the user key, role or tier name the rate belongs to; null for the default rate
 */
public record ResolvedRate(BigDecimal hourlyRate, RateSource source, String key) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public ResolvedRate {
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(source, "source");
    }

    /** seconds ÷ 3600 × hourly rate, exact where the quotient terminates, else to {@link Money#DIVISION} precision. */
    public Money costOf(BigDecimal seconds, Currency currency) {
        BigDecimal amount = hourlyRate.multiply(seconds).divide(SECONDS_PER_HOUR, Money.DIVISION).stripTrailingZeros();
        // stripTrailingZeros turns 90 into 9E+1; keep amounts in plain notation with a scale of at least 0.
        return Money.of(amount.scale() < 0 ? amount.setScale(0) : amount, currency);
    }

    public Money costOf(long seconds, Currency currency) {
        return costOf(BigDecimal.valueOf(seconds), currency);
    }
}
