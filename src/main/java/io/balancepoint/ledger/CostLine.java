package io.balancepoint.ledger;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One cost on a ticket. {@code sourceKey} identifies what produced it and is unique per ticket
 * ({@code worklog:123}, {@code contact:comment:456}, {@code overhead:uplift:<labour key>}, {@code overhead:ticket},
 * {@code estimate:handle-time}, {@code manual:<id>}), so recomputing a ticket can diff lines by key.
 *
 * @param quantity    how much of {@code unit} was costed (e.g. 5400 seconds, 1 contact)
 * @param rateApplied the rate used per unit (hourly rate for labour, per-contact cost, uplift percent); null for flat amounts
 * @param author      who entered a manual line; null for computed lines
 */
public record CostLine(
        String sourceKey,
        CostCategory category,
        Money amount,
        BigDecimal quantity,
        String unit,
        BigDecimal rateApplied,
        RateSource rateSource,
        Instant occurredAt,
        boolean estimated,
        String note,
        String author) {

    public CostLine {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rateSource, "rateSource");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public boolean isManual() {
        return rateSource == RateSource.MANUAL;
    }
}
