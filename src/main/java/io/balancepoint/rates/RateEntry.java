package io.balancepoint.rates;

import io.balancepoint.time.EffectiveDated;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One fully loaded hourly rate, in the instance base currency, in force on a range of days.
 *
 * @param key  user key, group or role name, or agent tier name; null for {@link RateKind#DEFAULT}.
 *             Matched exactly (case-sensitive), as Jira hands them to us.
 * @param note optional free text (e.g. "2026 salary review")
 */
public record RateEntry(RateKind kind, String key, BigDecimal hourlyRate, LocalDate from, LocalDate until, String note)
        implements EffectiveDated {

    /**
     * Reports this entry's own problems. A zero rate is allowed for a user, role or tier (people
     * whose cost is booked elsewhere, e.g. as an outsourcing line); the default rate must be
     * positive, otherwise unlogged work would silently cost nothing.
     */
    public void validate(Problems problems) {
        if (problems.required(kind, "kind")) {
            if (kind == RateKind.DEFAULT && key != null) {
                problems.add("key", "must be empty for a DEFAULT rate");
            } else if (kind != RateKind.DEFAULT && (key == null || key.isBlank())) {
                problems.add("key", "is required for a " + kind + " rate");
            }
        }
        if (problems.required(hourlyRate, "hourlyRate")) {
            if (hourlyRate.signum() < 0) {
                problems.add("hourlyRate", "must not be negative");
            } else if (hourlyRate.signum() == 0 && kind == RateKind.DEFAULT) {
                problems.add("hourlyRate", "must be greater than 0 for the DEFAULT rate");
            }
        }
        EffectiveDatedChecks.checkDates(this, problems);
    }
}
