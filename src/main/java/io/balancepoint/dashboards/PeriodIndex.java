package io.balancepoint.dashboards;

import io.balancepoint.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Consecutive periods, computed once, with a fast "which period holds this day": fiscal schemes
 * compute a whole year to answer {@code periodOf}, which is too slow to repeat for every rollup row.
 */
final class PeriodIndex {

    private final List<Period> periods;
    private final NavigableMap<LocalDate, Period> byStart = new TreeMap<>();

    PeriodIndex(List<Period> periods) {
        this.periods = List.copyOf(periods);
        for (Period period : this.periods) {
            byStart.put(period.start(), period);
        }
    }

    List<Period> periods() {
        return periods;
    }

    /** The period holding {@code day}; throws for a day outside every period (a source returned a row it was not asked for). */
    Period periodOf(LocalDate day) {
        Map.Entry<LocalDate, Period> entry = byStart.floorEntry(day);
        if (entry == null || !entry.getValue().contains(day)) {
            throw new IllegalStateException("day " + day + " is outside the periods read" + (periods.isEmpty() ? ""
                    : " (" + periods.getFirst().start() + ".." + periods.getLast().end() + ")"));
        }
        return entry.getValue();
    }
}
