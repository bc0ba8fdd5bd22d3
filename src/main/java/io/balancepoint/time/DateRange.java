package io.balancepoint.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days on which something is in force: from {@code from} (inclusive) until {@code until}
 * (exclusive); a null {@code until} means open-ended. Used for every effective-dated setting.
 */
public record DateRange(LocalDate from, LocalDate until) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until " + until + " must be after from " + from);
        }
    }

    public static DateRange startingOn(LocalDate from) {
        return new DateRange(from, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    public boolean overlaps(DateRange other) {
        boolean thisEndsBeforeOther = until != null && !until.isAfter(other.from);
        boolean otherEndsBeforeThis = other.until != null && !other.until.isAfter(from);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    public boolean isOpenEnded() {
        return until == null;
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (until == null ? "open" : until.toString()) + ")";
    }
}
