package io.balancepoint.dashboards;

import io.balancepoint.store.RollupGrain;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts consecutive periods into runs of days read from day rows and runs of whole months read from
 * month rows. A month is read whole only when it lies inside one period, so every row still falls in
 * exactly one period (a month row by its first day). A twelve-month range by month is one run of
 * months; by week it is one run of days; a quarter of a 4-4-5 calendar is a few days, two months and
 * a few days.
 */
final class RollupSegments {

    /** Days [from, until) to read at {@code grain}. */
    record Segment(DateRange days, RollupGrain grain) {
    }

    private RollupSegments() {
    }

    /** The segments covering {@code periods} (consecutive, in order), adjacent ones of one grain merged. */
    static List<Segment> of(List<Period> periods) {
        List<Segment> segments = new ArrayList<>();
        for (Period period : periods) {
            LocalDate firstMonth = period.start().getDayOfMonth() == 1 ? period.start()
                    : period.start().withDayOfMonth(1).plusMonths(1);
            LocalDate monthsEnd = period.end().withDayOfMonth(1);
            if (firstMonth.isBefore(monthsEnd)) {
                add(segments, period.start(), firstMonth, RollupGrain.DAY);
                add(segments, firstMonth, monthsEnd, RollupGrain.MONTH);
                add(segments, monthsEnd, period.end(), RollupGrain.DAY);
            } else {
                add(segments, period.start(), period.end(), RollupGrain.DAY);
            }
        }
        return segments;
    }

    private static void add(List<Segment> segments, LocalDate from, LocalDate until, RollupGrain grain) {
        if (!from.isBefore(until)) {
            return;
        }
        if (!segments.isEmpty()) {
            Segment last = segments.getLast();
            if (last.grain() == grain && last.days().until().equals(from)) {
                segments.set(segments.size() - 1, new Segment(new DateRange(last.days().from(), until), grain));
                return;
            }
        }
        segments.add(new Segment(new DateRange(from, until), grain));
    }
}
