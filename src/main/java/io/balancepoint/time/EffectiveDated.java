package io.balancepoint.time;

import io.balancepoint.time.DateRange;
import java.time.LocalDate;

/**
 * A settings entry that is in force from {@code from} (inclusive) until {@code until}
 * (exclusive, null = open-ended). Records implement it through their components.
 */
public interface EffectiveDated {

    LocalDate from();

    LocalDate until();

    /** The days this entry is in force; only call on a validated entry (from set, until after from). */
    default DateRange effective() {
        return new DateRange(from(), until());
    }

    /** True when the dates are usable: from is set and until, when set, is after from. */
    default boolean hasValidDates() {
        return from() != null && (until() == null || until().isAfter(from()));
    }

    /** Whether this entry is in force on {@code day}; false for entries with unusable dates. */
    default boolean inForceOn(LocalDate day) {
        return hasValidDates() && effective().contains(day);
    }

    /** {@code 2026-01-01..open} or {@code 2026-01-01..2026-07-01}, as used in problem messages. */
    default String describeDates() {
        return from() + ".." + (until() == null ? "open" : until().toString());
    }
}
