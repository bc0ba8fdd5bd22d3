package io.balancepoint.budget;

import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a project actually did in one period of the fiscal calendar: its cost, its real
 * resolutions, its FCR rate (0..1) and mean CSAT rating (1..5); the last two are null when
 * there was nothing to measure.
 */
public record PeriodActual(Period period, Money cost, long resolutions, BigDecimal fcrRate, BigDecimal csat) {

    public PeriodActual {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cost, "cost");
        if (resolutions < 0) {
            throw new IllegalArgumentException("resolutions must not be negative: " + resolutions);
        }
    }

    /** Cost ÷ resolutions, or null when there were none. */
    public Money costPerResolution() {
        return resolutions == 0 ? null : cost.dividedBy(resolutions);
    }
}
