package io.balancepoint.budget;

/**
 * How a fiscal year is cut into months: calendar months, or 13-week quarters whose three
 * months have 4-4-5, 4-5-4 or 5-4-4 weeks (52 weeks, 53 when the calendar needs it).
 */
public enum FiscalCalendarMode {
    CALENDAR_MONTHS(0, 0, 0),
    WEEKS_445(4, 4, 5),
    WEEKS_454(4, 5, 4),
    WEEKS_544(5, 4, 4);

    private final int[] weeksPerMonthOfQuarter;

    FiscalCalendarMode(int first, int second, int third) {
        this.weeksPerMonthOfQuarter = new int[] {first, second, third};
    }

    /** True for the 13-week-quarter modes, whose months are whole weeks. */
    public boolean isWeekBased() {
        return this != CALENDAR_MONTHS;
    }

    /**
     * Weeks in the fiscal month at {@code monthIndex} (0..11) of a 52-week year; the 53rd week of
     * a long year is added by the calendar, not here.
     */
    public int weeksInMonth(int monthIndex) {
        if (!isWeekBased()) {
            throw new IllegalStateException(this + " months are calendar months, not whole weeks");
        }
        return weeksPerMonthOfQuarter[monthIndex % 3];
    }
}
