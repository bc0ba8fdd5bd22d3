package io.balancepoint.time;

import java.time.LocalDate;
import java.util.Objects;

/** A reporting period: the days [start, end) with a stable label such as {@code 2026-03}, {@code 2026-W14}, {@code FY2026-Q2}. */
public record Period(LocalDate start, LocalDate end, String label) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end " + end + " must be after start " + start);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }
}
