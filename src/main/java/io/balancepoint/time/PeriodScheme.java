package io.balancepoint.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A way of cutting time into consecutive periods (calendar months, ISO weeks, fiscal quarters, …). */
public interface PeriodScheme {

    /** The period that contains {@code day}. */
    Period periodOf(LocalDate day);

    /** The periods that touch [from, until), in order. */
    default List<Period> periodsBetween(LocalDate from, LocalDate until) {
        List<Period> periods = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); ) {
            Period p = periodOf(day);
            periods.add(p);
            day = p.end();
        }
        return periods;
    }
}
