package io.balancepoint.budget;

/**
 * The levels targets are decomposed into, from the fiscal year down to single days. {@code MONTH}
 * is the fiscal month (the "period" P01..P12), which in the week-based modes is 4 or 5 weeks.
 */
public enum FiscalLevel {
    YEAR,
    QUARTER,
    MONTH,
    WEEK,
    DAY;

    /** The next finer level; a day has none. */
    public FiscalLevel child() {
        if (this == DAY) {
            throw new IllegalStateException("a day has no finer level");
        }
        return values()[ordinal() + 1];
    }
}
