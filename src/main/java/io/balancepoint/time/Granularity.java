package io.balancepoint.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The calendar (non-fiscal) period schemes: day, ISO week, month, quarter, year. */
public enum Granularity implements PeriodScheme {
    DAY {
        @Override
        public Period periodOf(LocalDate day) {
            return new Period(day, day.plusDays(1), day.toString());
        }
    },
    WEEK {
        @Override
        public Period periodOf(LocalDate day) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String label = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return new Period(monday, monday.plusWeeks(1), label);
        }
    },
    MONTH {
        @Override
        public Period periodOf(LocalDate day) {
            LocalDate first = day.withDayOfMonth(1);
            return new Period(first, first.plusMonths(1), String.format("%d-%02d", first.getYear(), first.getMonthValue()));
        }
    },
    QUARTER {
        @Override
        public Period periodOf(LocalDate day) {
            int q = (day.getMonthValue() - 1) / 3;
            LocalDate first = LocalDate.of(day.getYear(), q * 3 + 1, 1);
            return new Period(first, first.plusMonths(3), day.getYear() + "-Q" + (q + 1));
        }
    },
    YEAR {
        @Override
        public Period periodOf(LocalDate day) {
            LocalDate first = LocalDate.of(day.getYear(), 1, 1);
            return new Period(first, first.plusYears(1), String.valueOf(day.getYear()));
        }
    }
}
