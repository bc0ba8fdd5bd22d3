package io.balancepoint.budget;

import io.balancepoint.time.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fiscal year of a {@link FiscalCalendar}: the days [start, end) and its number, which is the
 * calendar year in which the year (nominally) ends, so FY2026 with an April start runs from
 * 1 April 2025 to 31 March 2026.
 */
public record FiscalYear(int number, LocalDate start, LocalDate end) {

    public FiscalYear {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("fiscal year end " + end + " must be after start " + start);
        }
    }

    /** {@code FY2026}. */
    public String label() {
        return "FY" + number;
    }

    public Period period() {
        return new Period(start, end, label());
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
