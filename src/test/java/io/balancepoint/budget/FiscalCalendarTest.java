package io.balancepoint.budget;

import static io.balancepoint.budget.FiscalCalendarMode.CALENDAR_MONTHS;
import static io.balancepoint.budget.FiscalCalendarMode.WEEKS_445;
import static io.balancepoint.budget.FiscalCalendarMode.WEEKS_454;
import static io.balancepoint.budget.FiscalCalendarMode.WEEKS_544;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.APRIL;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.time.Period;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<Long> weeksPerMonth(FiscalCalendar calendar, FiscalYear year) {
        return calendar.periods(year, FiscalLevel.MONTH).stream().map(month -> month.days() / 7).toList();
    }

    @Test
    void fourFourFiveYearHasTwelvePeriodsOfFourFourAndFiveWeeksIn364Days() {
        FiscalCalendar calendar = new FiscalCalendar(WEEKS_445, JANUARY, MONDAY);
        // 1 January 2025 is a Wednesday; the nearest Monday is 30 December 2024.
        FiscalYear fy2025 = calendar.fiscalYear(2025);

        assertThat(fy2025).isEqualTo(new FiscalYear(2025, date("2024-12-30"), date("2025-12-29")));
        assertThat(fy2025.days()).isEqualTo(364);
        assertThat(calendar.hasFiftyThirdWeek(fy2025)).isFalse();
        assertThat(weeksPerMonth(calendar, fy2025)).containsExactly(4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L);
        List<Period> months = calendar.periods(fy2025, FiscalLevel.MONTH);
        assertThat(months.getFirst()).isEqualTo(new Period(date("2024-12-30"), date("2025-01-27"), "FY2025-P01"));
        assertThat(months.get(2)).isEqualTo(new Period(date("2025-02-24"), date("2025-03-31"), "FY2025-P03"));
        assertThat(months.getLast()).isEqualTo(new Period(date("2025-11-24"), date("2025-12-29"), "FY2025-P12"));
        assertThat(calendar.periods(fy2025, FiscalLevel.QUARTER)).containsExactly(
                new Period(date("2024-12-30"), date("2025-03-31"), "FY2025-Q1"),
                new Period(date("2025-03-31"), date("2025-06-30"), "FY2025-Q2"),
                new Period(date("2025-06-30"), date("2025-09-29"), "FY2025-Q3"),
                new Period(date("2025-09-29"), date("2025-12-29"), "FY2025-Q4"));
        List<Period> weeks = calendar.periods(fy2025, FiscalLevel.WEEK);
        assertThat(weeks).hasSize(52).allMatch(week -> week.days() == 7 && week.start().getDayOfWeek() == MONDAY);
        assertThat(weeks.getFirst()).isEqualTo(new Period(date("2024-12-30"), date("2025-01-06"), "FY2025-W01"));
        assertThat(weeks.getLast()).isEqualTo(new Period(date("2025-12-22"), date("2025-12-29"), "FY2025-W52"));
        assertThat(calendar.periods(fy2025, FiscalLevel.YEAR)).containsExactly(fy2025.period());
        assertThat(fy2025.period().label()).isEqualTo("FY2025");
        assertThat(calendar.periods(fy2025, FiscalLevel.DAY)).hasSize(364)
                .first().isEqualTo(new Period(date("2024-12-30"), date("2024-12-31"), "2024-12-30"));
    }

    @Test
    void fiftyThirdWeekOfTheNrfCalendarIsAddedToTheLastMonth() {
        // NRF retail calendar: years end on the Saturday nearest 31 January, 4-5-4 months.
        FiscalCalendar nrf = new FiscalCalendar(WEEKS_454, FEBRUARY, SUNDAY);
        // NRF "fiscal 2023" ran from 29 January 2023 to 3 February 2024 and had 53 weeks.
        FiscalYear fy2024 = nrf.fiscalYear(2024);

        assertThat(fy2024).isEqualTo(new FiscalYear(2024, date("2023-01-29"), date("2024-02-04")));
        assertThat(fy2024.days()).isEqualTo(371);
        assertThat(nrf.hasFiftyThirdWeek(fy2024)).isTrue();
        assertThat(weeksPerMonth(nrf, fy2024)).containsExactly(4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 5L);
        assertThat(nrf.periods(fy2024, FiscalLevel.WEEK)).hasSize(53)
                .last().isEqualTo(new Period(date("2024-01-28"), date("2024-02-04"), "FY2024-W53"));
        assertThat(nrf.periods(fy2024, FiscalLevel.QUARTER).getLast().days()).isEqualTo(14 * 7);

        // NRF fiscal 2017 (to 3 February 2018) was long too; NRF fiscal 2022 was not.
        assertThat(nrf.hasFiftyThirdWeek(nrf.fiscalYear(2018))).isTrue();
        assertThat(nrf.fiscalYear(2023)).isEqualTo(new FiscalYear(2023, date("2022-01-30"), date("2023-01-29")));
        assertThat(nrf.hasFiftyThirdWeek(nrf.fiscalYear(2023))).isFalse();
    }

    @Test
    void fourFourFiveYearWithAFiftyThirdWeekHasASixWeekLastPeriod() {
        FiscalCalendar calendar = new FiscalCalendar(WEEKS_445, JANUARY, MONDAY);
        // 1 January 2026 is a Thursday (nearest Monday 29 December 2025), 1 January 2027 a Friday (4 January 2027).
        FiscalYear fy2026 = calendar.fiscalYear(2026);

        assertThat(fy2026).isEqualTo(new FiscalYear(2026, date("2025-12-29"), date("2027-01-04")));
        assertThat(weeksPerMonth(calendar, fy2026)).containsExactly(4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 6L);
    }

    @Test
    void fourFiveFourAndFiveFourFourShapes() {
        FiscalYear year454 = new FiscalCalendar(WEEKS_454, JANUARY, MONDAY).fiscalYear(2025);
        FiscalYear year544 = new FiscalCalendar(WEEKS_544, JANUARY, MONDAY).fiscalYear(2025);

        assertThat(weeksPerMonth(new FiscalCalendar(WEEKS_454, JANUARY, MONDAY), year454))
                .containsExactly(4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L);
        assertThat(weeksPerMonth(new FiscalCalendar(WEEKS_544, JANUARY, MONDAY), year544))
                .containsExactly(5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L);
        FiscalCalendar calendar544 = new FiscalCalendar(WEEKS_544, JANUARY, MONDAY);
        assertThat(weeksPerMonth(calendar544, calendar544.fiscalYear(2026)))
                .containsExactly(5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 5L);
    }

    @Test
    void calendarMonthsFromAprilNameTheYearByTheYearItEndsIn() {
        FiscalCalendar calendar = new FiscalCalendar(CALENDAR_MONTHS, APRIL, MONDAY);
        FiscalYear fy2026 = calendar.fiscalYear(2026);

        assertThat(fy2026).isEqualTo(new FiscalYear(2026, date("2025-04-01"), date("2026-04-01")));
        assertThat(calendar.hasFiftyThirdWeek(fy2026)).isFalse();
        assertThat(calendar.fiscalYearOf(date("2025-04-01")).number()).isEqualTo(2026);
        assertThat(calendar.fiscalYearOf(date("2026-03-31")).number()).isEqualTo(2026);
        assertThat(calendar.fiscalYearOf(date("2026-04-01")).number()).isEqualTo(2027);
        assertThat(calendar.fiscalYearOf(date("2025-03-31")).number()).isEqualTo(2025);
        assertThat(calendar.periods(fy2026, FiscalLevel.MONTH)).extracting(Period::start)
                .containsExactly(date("2025-04-01"), date("2025-05-01"), date("2025-06-01"), date("2025-07-01"),
                        date("2025-08-01"), date("2025-09-01"), date("2025-10-01"), date("2025-11-01"),
                        date("2025-12-01"), date("2026-01-01"), date("2026-02-01"), date("2026-03-01"));
        assertThat(calendar.periodOf(date("2026-02-14"), FiscalLevel.MONTH))
                .isEqualTo(new Period(date("2026-02-01"), date("2026-03-01"), "FY2026-P11"));
        assertThat(calendar.periodOf(date("2026-02-14"), FiscalLevel.QUARTER))
                .isEqualTo(new Period(date("2026-01-01"), date("2026-04-01"), "FY2026-Q4"));
        assertThat(calendar.periodOf(date("2026-02-14"), FiscalLevel.YEAR)).isEqualTo(fy2026.period());
        assertThat(calendar.periodOf(date("2026-02-14"), FiscalLevel.DAY))
                .isEqualTo(new Period(date("2026-02-14"), date("2026-02-15"), "2026-02-14"));
    }

    @Test
    void calendarMonthWeeksStartOnTheWeekStartDayAndStopAtMonthEnds() {
        FiscalCalendar calendar = new FiscalCalendar(CALENDAR_MONTHS, APRIL, MONDAY);
        List<Period> weeks = calendar.periods(calendar.fiscalYear(2026), FiscalLevel.WEEK);

        // 1 April 2025 is a Tuesday; 1 May 2025 a Thursday.
        assertThat(weeks.subList(0, 7)).containsExactly(
                new Period(date("2025-04-01"), date("2025-04-07"), "FY2026-W01"),
                new Period(date("2025-04-07"), date("2025-04-14"), "FY2026-W02"),
                new Period(date("2025-04-14"), date("2025-04-21"), "FY2026-W03"),
                new Period(date("2025-04-21"), date("2025-04-28"), "FY2026-W04"),
                new Period(date("2025-04-28"), date("2025-05-01"), "FY2026-W05"),
                new Period(date("2025-05-01"), date("2025-05-05"), "FY2026-W06"),
                new Period(date("2025-05-05"), date("2025-05-12"), "FY2026-W07"));
        assertThat(weeks.getLast().end()).isEqualTo(date("2026-04-01"));
    }

    @Test
    void calendarMonthsFromJanuaryAreTheCalendarYear() {
        FiscalCalendar calendar = FiscalCalendar.of(FiscalCalendarSettings.defaults());

        assertThat(calendar.fiscalYear(2026)).isEqualTo(new FiscalYear(2026, date("2026-01-01"), date("2027-01-01")));
        assertThat(calendar.fiscalYearOf(date("2026-12-31")).label()).isEqualTo("FY2026");
        assertThat(calendar.periodOf(date("2026-08-15"), FiscalLevel.QUARTER))
                .isEqualTo(new Period(date("2026-07-01"), date("2026-10-01"), "FY2026-Q3"));
    }

    @Test
    void daysNearAWeekBasedYearBoundaryBelongToTheRightYear() {
        FiscalCalendar calendar = new FiscalCalendar(WEEKS_445, JANUARY, MONDAY);

        assertThat(calendar.fiscalYearOf(date("2025-12-28")).number()).isEqualTo(2025);
        assertThat(calendar.fiscalYearOf(date("2025-12-29")).number()).isEqualTo(2026);
        assertThat(calendar.fiscalYearOf(date("2027-01-03")).number()).isEqualTo(2026);
        assertThat(calendar.fiscalYearOf(date("2027-01-04")).number()).isEqualTo(2027);
        assertThat(calendar.periodOf(date("2025-12-31"), FiscalLevel.WEEK).label()).isEqualTo("FY2026-W01");
    }

    @Test
    void schemePeriodsRunAcrossYearBoundariesWithoutGaps() {
        FiscalCalendar calendar = new FiscalCalendar(WEEKS_544, JANUARY, MONDAY);

        List<Period> quarters = calendar.scheme(FiscalLevel.QUARTER).periodsBetween(date("2025-11-01"), date("2026-05-01"));

        assertThat(quarters).extracting(Period::label).containsExactly("FY2025-Q4", "FY2026-Q1", "FY2026-Q2");
        assertThat(quarters.get(0).end()).isEqualTo(quarters.get(1).start());
        assertThat(quarters.get(1).end()).isEqualTo(quarters.get(2).start());
    }

    @Test
    void periodsWithinRejectsAParentThatIsNotMadeOfWholeChildren() {
        FiscalCalendar calendar = new FiscalCalendar(WEEKS_445, JANUARY, MONDAY);
        Period calendarMonth = new Period(date("2025-03-01"), date("2025-04-01"), "2025-03");

        assertThatThrownBy(() -> calendar.periodsWithin(calendarMonth, FiscalLevel.WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not made of whole WEEK periods");
        assertThat(calendar.periodsWithin(calendar.fiscalYear(2025).period(), FiscalLevel.QUARTER)).hasSize(4);
    }

    @Test
    void calendarFromSettingsWithMissingFieldsReportsEachOne() {
        assertThatThrownBy(() -> FiscalCalendar.of(new FiscalCalendarSettings(null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("mode", "is required"),
                        new Problem("firstMonth", "is required"),
                        new Problem("weekStartDay", "is required")));
    }

    @Test
    void nearestPicksTheDayAtMostThreeDaysAway() {
        // 1 January 2026 is a Thursday.
        assertThat(FiscalCalendar.nearest(date("2026-01-01"), MONDAY)).isEqualTo(date("2025-12-29"));
        assertThat(FiscalCalendar.nearest(date("2026-01-01"), SUNDAY)).isEqualTo(date("2026-01-04"));
        assertThat(FiscalCalendar.nearest(date("2026-01-01"), THURSDAY)).isEqualTo(date("2026-01-01"));
    }
}
