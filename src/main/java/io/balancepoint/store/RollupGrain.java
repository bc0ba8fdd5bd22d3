package io.balancepoint.store;

import java.time.LocalDate;

/** How many days one rollup row sums: one day, or one calendar month (keyed by its first day). */
public enum RollupGrain {
    DAY,
    MONTH;

    /** The first day of the row that holds {@code day} at this grain. */
    public LocalDate rowDay(LocalDate day) {
        return this == DAY ? day : day.withDayOfMonth(1);
    }
}
