package io.balancepoint.budget;

import io.balancepoint.time.Period;
import io.balancepoint.time.PeriodScheme;
import io.balancepoint.validation.Problems;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fiscal calendar: fiscal years, quarters, months (periods P01..P12), weeks and days, with
 * stable labels {@code FY2026}, {@code FY2026-Q1}, {@code FY2026-P01}, {@code FY2026-W01} and
 * ISO dates for days.
 *
 * <p>Year boundaries. A fiscal year is numbered by the calendar year in which it nominally ends.
 * <ul>
 *   <li>{@link FiscalCalendarMode#CALENDAR_MONTHS}: the year starts on the 1st of
 *       {@code firstMonth}; with {@code APRIL}, FY2026 is 2025-04-01..2026-03-31, with
 *       {@code JANUARY} FY2026 is calendar 2026.</li>
 *   <li>Week-based modes (4-4-5, 4-5-4, 5-4-4) use the "nearest" rule of 52/53-week years (the
 *       NRF retail calendar's rule): the year starts on the {@code weekStartDay} nearest the 1st
 *       of {@code firstMonth} (at most 3 days before or after), which is the same as saying it
 *       ends on the day before {@code weekStartDay} nearest the last day of the preceding month.
 *       The NRF calendar is {@code firstMonth = FEBRUARY, weekStartDay = SUNDAY}: years end on
 *       the Saturday nearest 31 January; NRF's "fiscal 2023" (2023-01-29..2024-02-03) is
 *       FY2024 here. A year is 364 days, or 371 when the next start has drifted a full week:
 *       that 53rd week is added to the last month of the last quarter.</li>
 * </ul>
 *
 * <p>Weeks. In the week-based modes every week is 7 days from {@code weekStartDay} and months are
 * whole weeks. In calendar-months mode weeks start on {@code weekStartDay} but are cut at month
 * boundaries, so the first and last week of a month may be short: that keeps every week inside
 * one month, and therefore every level nested in the one above, which the exact decomposition of
 * targets relies on. Weeks are numbered W01.. through the fiscal year.
 */
public record FiscalCalendar(FiscalCalendarMode mode, Month firstMonth, DayOfWeek weekStartDay) {

    public FiscalCalendar {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(weekStartDay, "weekStartDay");
    }

    /** The calendar described by validated settings; throws when they have problems. */
    public static FiscalCalendar of(FiscalCalendarSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        problems.throwIfAny("invalid fiscal calendar settings");
        return new FiscalCalendar(settings.mode(), settings.firstMonth(), settings.weekStartDay());
    }

    /** Fiscal year number {@code number} (FY{@code number}). */
    public FiscalYear fiscalYear(int number) {
        return new FiscalYear(number, startOf(number), startOf(number + 1));
    }

    /** The fiscal year that contains {@code day}. */
    public FiscalYear fiscalYearOf(LocalDate day) {
        int number = firstMonth == Month.JANUARY ? day.getYear() : day.getYear() + 1;
        // The nominal guess can be off by one year near the boundary, where weeks shift it by up to 3 days.
        while (day.isBefore(startOf(number))) {
            number--;
        }
        while (!day.isBefore(startOf(number + 1))) {
            number++;
        }
        return fiscalYear(number);
    }

    /** True for a 371-day year of a week-based calendar; never in calendar-months mode. */
    public boolean hasFiftyThirdWeek(FiscalYear year) {
        return mode.isWeekBased() && year.days() == 53 * 7;
    }

    /** The periods of {@code level} that make up {@code year}, in order, contiguous. */
    public List<Period> periods(FiscalYear year, FiscalLevel level) {
        return switch (level) {
            case YEAR -> List.of(year.period());
            case QUARTER -> quarters(year);
            case MONTH -> months(year);
            case WEEK -> weeks(year);
            case DAY -> days(year.start(), year.end());
        };
    }

    /** The period of {@code level} that contains {@code day}. */
    public Period periodOf(LocalDate day, FiscalLevel level) {
        if (level == FiscalLevel.DAY) {
            return dayPeriod(day);
        }
        return periods(fiscalYearOf(day), level).stream()
                .filter(period -> period.contains(day))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + level + " period contains " + day));
    }

    /** This calendar's {@code level} as a {@link PeriodScheme}. */
    public PeriodScheme scheme(FiscalLevel level) {
        Objects.requireNonNull(level, "level");
        return day -> periodOf(day, level);
    }

    /**
     * The periods of {@code childLevel} that make up {@code parent}, a period of a coarser level
     * of this calendar; throws when they do not tile it exactly (a parent from another calendar).
     */
    public List<Period> periodsWithin(Period parent, FiscalLevel childLevel) {
        List<Period> children = childLevel == FiscalLevel.DAY
                ? days(parent.start(), parent.end())
                : periods(fiscalYearOf(parent.start()), childLevel).stream()
                        .filter(child -> !child.start().isBefore(parent.start()) && !child.end().isAfter(parent.end()))
                        .toList();
        boolean tiles = !children.isEmpty()
                && children.getFirst().start().equals(parent.start())
                && children.getLast().end().equals(parent.end());
        if (!tiles) {
            throw new IllegalArgumentException(parent + " is not made of whole " + childLevel + " periods of " + this);
        }
        return children;
    }

    private LocalDate startOf(int number) {
        LocalDate nominal = LocalDate.of(firstMonth == Month.JANUARY ? number : number - 1, firstMonth, 1);
        return mode.isWeekBased() ? nearest(nominal, weekStartDay) : nominal;
    }

    /** The day of week {@code dayOfWeek} at most 3 days before or after {@code day}. */
    static LocalDate nearest(LocalDate day, DayOfWeek dayOfWeek) {
        int forward = Math.floorMod(dayOfWeek.getValue() - day.getDayOfWeek().getValue(), 7);
        return day.plusDays(forward <= 3 ? forward : forward - 7);
    }

    /** Start of each fiscal month, then the year's end: 13 dates. */
    private List<LocalDate> monthBoundaries(FiscalYear year) {
        List<LocalDate> boundaries = new ArrayList<>(13);
        LocalDate start = year.start();
        for (int month = 0; month < 12; month++) {
            boundaries.add(start);
            if (mode.isWeekBased()) {
                boolean carriesWeek53 = month == 11 && hasFiftyThirdWeek(year);
                start = start.plusWeeks(mode.weeksInMonth(month) + (carriesWeek53 ? 1 : 0));
            } else {
                start = start.plusMonths(1);
            }
        }
        boundaries.add(year.end());
        if (!start.equals(year.end())) {
            throw new IllegalStateException("months of " + year.label() + " end on " + start + ", not " + year.end());
        }
        return boundaries;
    }

    private List<Period> quarters(FiscalYear year) {
        List<LocalDate> months = monthBoundaries(year);
        List<Period> quarters = new ArrayList<>(4);
        for (int quarter = 0; quarter < 4; quarter++) {
            quarters.add(new Period(months.get(quarter * 3), months.get(quarter * 3 + 3),
                    year.label() + "-Q" + (quarter + 1)));
        }
        return quarters;
    }

    private List<Period> months(FiscalYear year) {
        List<LocalDate> months = monthBoundaries(year);
        List<Period> periods = new ArrayList<>(12);
        for (int month = 0; month < 12; month++) {
            periods.add(new Period(months.get(month), months.get(month + 1),
                    String.format("%s-P%02d", year.label(), month + 1)));
        }
        return periods;
    }

    private List<Period> weeks(FiscalYear year) {
        List<Period> weeks = new ArrayList<>(64);
        for (Period month : months(year)) {
            LocalDate start = month.start();
            while (start.isBefore(month.end())) {
                LocalDate nextWeek = start.with(TemporalAdjusters.next(weekStartDay));
                LocalDate end = nextWeek.isBefore(month.end()) ? nextWeek : month.end();
                weeks.add(new Period(start, end, String.format("%s-W%02d", year.label(), weeks.size() + 1)));
                start = end;
            }
        }
        return weeks;
    }

    private static List<Period> days(LocalDate from, LocalDate until) {
        List<Period> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            days.add(dayPeriod(day));
        }
        return days;
    }

    private static Period dayPeriod(LocalDate day) {
        return new Period(day, day.plusDays(1), day.toString());
    }
}
