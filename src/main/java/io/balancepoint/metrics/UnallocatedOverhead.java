package io.balancepoint.metrics;

import io.balancepoint.ledger.OverheadSettings;
import io.balancepoint.ledger.PeriodOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Period overhead that is not allocated to tickets (tools, facilities, training), entered per month
 * and spread over any reporting period by calendar days. A whole month inside the period counts in
 * full (exact, no division); a part of a month counts days-in-period ÷ days-in-month of that month's
 * amount, so weeks and 4-4-5 fiscal periods that straddle months get their fair share.
 *
 * @param monthly the amount per month; months without an entry count as zero
 */
public record UnallocatedOverhead(Currency currency, Map<YearMonth, Money> monthly) {

    public UnallocatedOverhead {
        Objects.requireNonNull(currency, "currency");
        monthly = monthly == null ? Map.of() : Map.copyOf(monthly);
        monthly.forEach((month, amount) -> {
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("overhead of " + month + " is in " + amount.currency() + ", not " + currency);
            }
        });
    }

    /** One project's period overhead entries of the overhead settings (entries of the same month add up). */
    public static UnallocatedOverhead forProject(OverheadSettings settings, String projectKey, Currency currency) {
        Map<YearMonth, Money> monthly = new HashMap<>();
        for (PeriodOverhead entry : settings.periodOverheads()) {
            if (entry != null && entry.month() != null && projectKey.equals(entry.projectKey())) {
                monthly.computeIfAbsent(entry.month(), month -> settings.periodOverhead(projectKey, month, currency));
            }
        }
        return new UnallocatedOverhead(currency, monthly);
    }

    /** The overhead that falls into {@code period}. */
    public Money forPeriod(Period period) {
        Money total = Money.zero(currency);
        for (YearMonth month = YearMonth.from(period.start()); month.atDay(1).isBefore(period.end()); month = month.plusMonths(1)) {
            Money amount = monthly.get(month);
            if (amount == null) {
                continue;
            }
            LocalDate from = later(period.start(), month.atDay(1));
            LocalDate until = earlier(period.end(), month.plusMonths(1).atDay(1));
            long days = until.toEpochDay() - from.toEpochDay();
            total = total.plus(days == month.lengthOfMonth() ? amount : amount.times(days).dividedBy(month.lengthOfMonth()));
        }
        return total;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
