package io.balancepoint.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.RollupGrain;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RollupSegmentsProperties {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    /** Random consecutive periods: each a random length, so edges fall on any day of a month. */
    private static List<Period> periods(List<Integer> lengths, int startOffset) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = EPOCH.plusDays(startOffset);
        for (int length : lengths) {
            periods.add(new Period(start, start.plusDays(length), start.toString()));
            start = start.plusDays(length);
        }
        return periods;
    }

    @Property
    void segmentsCoverThePeriodsExactlyAndMonthsNeverCrossAPeriodEdge(
            @ForAll List<@IntRange(min = 1, max = 120) Integer> lengths, @ForAll @IntRange(min = 0, max = 400) int startOffset) {
        if (lengths.isEmpty()) {
            assertThat(RollupSegments.of(List.of())).isEmpty();
            return;
        }
        List<Period> periods = periods(lengths, startOffset);
        List<RollupSegments.Segment> segments = RollupSegments.of(periods);

        // contiguous, from the first period's start to the last period's end
        assertThat(segments.getFirst().days().from()).isEqualTo(periods.getFirst().start());
        assertThat(segments.getLast().days().until()).isEqualTo(periods.getLast().end());
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).days().from()).isEqualTo(segments.get(i - 1).days().until());
            assertThat(segments.get(i).grain()).as("adjacent segments of one grain are merged").isNotEqualTo(segments.get(i - 1).grain());
        }
        for (RollupSegments.Segment segment : segments) {
            if (segment.grain() == RollupGrain.MONTH) {
                assertThat(segment.days().from().getDayOfMonth()).isEqualTo(1);
                assertThat(segment.days().until().getDayOfMonth()).isEqualTo(1);
                for (LocalDate month = segment.days().from(); month.isBefore(segment.days().until()); month = month.plusMonths(1)) {
                    LocalDate first = month;
                    LocalDate last = month.plusMonths(1).minusDays(1);
                    assertThat(periods).as("month %s lies in one period", month)
                            .anyMatch(p -> p.contains(first) && p.contains(last));
                }
            }
        }
    }

    @Property
    void aDayIsReadFromDayRowsOnlyWhenItsMonthIsNotWholeInItsPeriod(
            @ForAll List<@IntRange(min = 1, max = 120) Integer> lengths, @ForAll @IntRange(min = 0, max = 400) int startOffset) {
        if (lengths.isEmpty()) {
            return;
        }
        List<Period> periods = periods(lengths, startOffset);
        for (RollupSegments.Segment segment : RollupSegments.of(periods)) {
            if (segment.grain() == RollupGrain.DAY) {
                for (LocalDate day = segment.days().from(); day.isBefore(segment.days().until()); day = day.plusDays(1)) {
                    LocalDate first = day.withDayOfMonth(1);
                    LocalDate last = first.plusMonths(1).minusDays(1);
                    assertThat(periods).as("the month of %s is not whole in one period", day)
                            .noneMatch(p -> p.contains(first) && p.contains(last));
                }
            }
        }
    }

    @Property
    void monthlyPeriodsAreOneMonthReadAndWeeklyPeriodsOneDayRead(@ForAll @IntRange(min = 1, max = 36) int months) {
        LocalDate from = LocalDate.of(2025, 3, 1);
        List<Period> monthly = Granularity.MONTH.periodsBetween(from, from.plusMonths(months));
        assertThat(RollupSegments.of(monthly)).containsExactly(
                new RollupSegments.Segment(new DateRange(from, from.plusMonths(months)), RollupGrain.MONTH));

        List<Period> weekly = Granularity.WEEK.periodsBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3).plusWeeks(months));
        assertThat(RollupSegments.of(weekly)).singleElement().extracting(RollupSegments.Segment::grain).isEqualTo(RollupGrain.DAY);
    }
}
