package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FiscalCalendarProperties {

    @Property
    void periodsOfEveryLevelAreContiguousAndDoNotOverlapAcrossYears(
            @ForAll FiscalCalendarMode mode, @ForAll Month firstMonth, @ForAll DayOfWeek weekStartDay,
            @ForAll @IntRange(min = 1950, max = 2150) int number, @ForAll FiscalLevel level) {
        FiscalCalendar calendar = new FiscalCalendar(mode, firstMonth, weekStartDay);
        FiscalYear year = calendar.fiscalYear(number);
        FiscalYear next = calendar.fiscalYear(number + 1);
        List<Period> periods = new ArrayList<>(calendar.periods(year, level));
        periods.addAll(calendar.periods(next, level));

        assertThat(year.end()).isEqualTo(next.start());
        assertThat(periods.getFirst().start()).isEqualTo(year.start());
        assertThat(periods.getLast().end()).isEqualTo(next.end());
        List<Period> notFollowingThePrevious = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).start().equals(periods.get(i - 1).end())) {
                notFollowingThePrevious.add(periods.get(i));
            }
        }
        assertThat(notFollowingThePrevious).isEmpty();
        assertThat(periods).extracting(Period::label).doesNotHaveDuplicates();
    }

    @Property
    void everyPeriodLiesInsideOnePeriodOfTheLevelAbove(
            @ForAll FiscalCalendarMode mode, @ForAll Month firstMonth, @ForAll DayOfWeek weekStartDay,
            @ForAll @IntRange(min = 1950, max = 2150) int number) {
        FiscalCalendar calendar = new FiscalCalendar(mode, firstMonth, weekStartDay);
        FiscalYear year = calendar.fiscalYear(number);
        List<Period> notInsideExactlyOneParent = new ArrayList<>();
        for (FiscalLevel parentLevel : List.of(FiscalLevel.YEAR, FiscalLevel.QUARTER, FiscalLevel.MONTH, FiscalLevel.WEEK)) {
            List<Period> parents = calendar.periods(year, parentLevel);
            for (Period child : calendar.periods(year, parentLevel.child())) {
                long containing = parents.stream()
                        .filter(parent -> !child.start().isBefore(parent.start()) && !child.end().isAfter(parent.end()))
                        .count();
                if (containing != 1) {
                    notInsideExactlyOneParent.add(child);
                }
            }
        }
        assertThat(notInsideExactlyOneParent).isEmpty();
        assertThat(calendar.periods(year, FiscalLevel.QUARTER)).hasSize(4);
        assertThat(calendar.periods(year, FiscalLevel.MONTH)).hasSize(12);
    }

    @Property
    void periodOfADayContainsIt(@ForAll FiscalCalendarMode mode, @ForAll Month firstMonth,
                                @ForAll DayOfWeek weekStartDay, @ForAll @IntRange(min = 0, max = 80_000) int epochDay,
                                @ForAll FiscalLevel level) {
        FiscalCalendar calendar = new FiscalCalendar(mode, firstMonth, weekStartDay);
        LocalDate day = LocalDate.ofEpochDay(epochDay);

        Period period = calendar.periodOf(day, level);

        assertThat(period.contains(day)).isTrue();
        assertThat(calendar.fiscalYearOf(day).contains(day)).isTrue();
        assertThat(period.label()).startsWith(level == FiscalLevel.DAY ? day.toString() : calendar.fiscalYearOf(day).label());
    }

    @Property
    void weekBasedYearsAreWholeWeeksInTheirPatternWithTheLongWeekLast(
            @ForAll("weekBased") FiscalCalendarMode mode, @ForAll Month firstMonth, @ForAll DayOfWeek weekStartDay,
            @ForAll @IntRange(min = 1950, max = 2150) int number) {
        FiscalCalendar calendar = new FiscalCalendar(mode, firstMonth, weekStartDay);
        FiscalYear year = calendar.fiscalYear(number);
        LocalDate nominalStart = LocalDate.of(firstMonth == Month.JANUARY ? number : number - 1, firstMonth, 1);

        assertThat(year.start().getDayOfWeek()).isEqualTo(weekStartDay);
        assertThat(Math.abs(ChronoUnit.DAYS.between(nominalStart, year.start()))).isLessThanOrEqualTo(3);
        assertThat(year.days()).isIn(364L, 371L);
        assertThat(calendar.hasFiftyThirdWeek(year)).isEqualTo(year.days() == 371);
        List<Period> months = calendar.periods(year, FiscalLevel.MONTH);
        for (int month = 0; month < 12; month++) {
            int extra = month == 11 && calendar.hasFiftyThirdWeek(year) ? 1 : 0;
            assertThat(months.get(month).days()).isEqualTo(7L * (mode.weeksInMonth(month) + extra));
        }
        assertThat(calendar.periods(year, FiscalLevel.WEEK)).allMatch(week -> week.days() == 7);
    }

    /** With weeks from Monday and January as first month, the "nearest" rule is the ISO 8601 week-year. */
    @Property
    void mondayNearestFirstJanuaryReproducesIsoWeekYears(@ForAll("weekBased") FiscalCalendarMode mode,
                                                         @ForAll @IntRange(min = 1900, max = 2400) int number) {
        FiscalCalendar calendar = new FiscalCalendar(mode, Month.JANUARY, DayOfWeek.MONDAY);
        FiscalYear year = calendar.fiscalYear(number);
        LocalDate midYear = LocalDate.of(number, 7, 1);
        long isoWeeks = midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();

        assertThat(year.start().get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(number);
        assertThat(year.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(1);
        assertThat(calendar.hasFiftyThirdWeek(year)).isEqualTo(isoWeeks == 53);
        assertThat(calendar.periodOf(midYear, FiscalLevel.WEEK).label())
                .isEqualTo(String.format("FY%d-W%02d", number, midYear.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    @Provide
    Arbitrary<FiscalCalendarMode> weekBased() {
        return Arbitraries.of(FiscalCalendarMode.WEEKS_445, FiscalCalendarMode.WEEKS_454,
                FiscalCalendarMode.WEEKS_544);
    }
}
