package io.balancepoint.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The service desk's working time: a time zone, working weekdays, daily opening hours and
 * holidays. Measures business time between two instants (resolution in business hours,
 * downtime, "within one business hour") and tells working days (target decomposition).
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
                              Set<LocalDate> holidays) {

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("dayEnd must be after dayStart");
        }
    }

    /** Monday to Friday, 09:00–17:00, no holidays. */
    public static WorkingCalendar standard(ZoneId zone) {
        return new WorkingCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public Duration workingDayLength() {
        return Duration.between(dayStart, dayEnd);
    }

    /** Business time between two instants; zero when {@code end} is not after {@code start}. */
    public Duration businessTimeBetween(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(dayStart).atZone(zone);
            ZonedDateTime close = day.atTime(dayEnd).atZone(zone);
            ZonedDateTime a = from.isAfter(open) ? from : open;
            ZonedDateTime b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** Number of working days in [from, until). */
    public int workingDaysBetween(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
