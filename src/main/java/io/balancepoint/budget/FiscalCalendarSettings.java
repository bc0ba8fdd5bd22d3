package io.balancepoint.budget;

import io.balancepoint.validation.Problems;
import java.time.DayOfWeek;
import java.time.Month;

/**
 * Settings of the fiscal calendar (see {@link FiscalCalendar} for the rules): the mode, the month
 * the fiscal year starts in (week-based modes: the {@code weekStartDay} nearest its 1st) and the
 * first day of the week.
 */
public record FiscalCalendarSettings(FiscalCalendarMode mode, Month firstMonth, DayOfWeek weekStartDay) {

    /** Calendar months from January, weeks from Monday: the fiscal year is the calendar year. */
    public static FiscalCalendarSettings defaults() {
        return new FiscalCalendarSettings(FiscalCalendarMode.CALENDAR_MONTHS, Month.JANUARY, DayOfWeek.MONDAY);
    }

    public void validate(Problems problems) {
        problems.required(mode, "mode");
        problems.required(firstMonth, "firstMonth");
        problems.required(weekStartDay, "weekStartDay");
    }
}
