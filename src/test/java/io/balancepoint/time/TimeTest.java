package io.balancepoint.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTest {

    @Test
    void granularitiesLabelAndBoundPeriods() {
        LocalDate d = LocalDate.of(2026, 1, 1); // a Thursday, ISO week 2026-W01
        assertThat(Granularity.WEEK.periodOf(d)).isEqualTo(new Period(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5), "2026-W01"));
        assertThat(Granularity.MONTH.periodOf(LocalDate.of(2026, 2, 28)).label()).isEqualTo("2026-02");
        assertThat(Granularity.QUARTER.periodOf(LocalDate.of(2026, 8, 15))).isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), "2026-Q3"));
        List<Period> months = Granularity.MONTH.periodsBetween(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1));
        assertThat(months).extracting(Period::label).containsExactly("2026-01", "2026-02", "2026-03");
    }

    @Test
    void dateRangesOverlapOnlyWhenTheyShareADay() {
        DateRange jan = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        DateRange feb = DateRange.startingOn(LocalDate.of(2026, 2, 1));
        assertThat(jan.overlaps(feb)).isFalse();
        assertThat(feb.overlaps(new DateRange(LocalDate.of(2030, 1, 1), null))).isTrue();
        assertThat(jan.contains(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(jan.contains(LocalDate.of(2026, 2, 1))).isFalse();
    }

    @Test
    void businessTimeCountsOnlyOpeningHoursOfWorkingDays() {
        WorkingCalendar cal = WorkingCalendar.standard(ZoneId.of("UTC"));
        // Friday 16:00 to Monday 10:00 = 1h Friday + 1h Monday
        Instant fri = Instant.parse("2026-11-20T16:00:00Z");
        Instant mon = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(cal.businessTimeBetween(fri, mon)).isEqualTo(Duration.ofHours(2));
        assertThat(cal.businessTimeBetween(mon, fri)).isEqualTo(Duration.ZERO);
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30))).isEqualTo(10);
    }
}
