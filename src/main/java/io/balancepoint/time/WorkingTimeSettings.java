package io.balancepoint.time;

import io.balancepoint.validation.Problems;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/**
 * Settings section for the service desk's clock: the instance time zone (which day a cost
 * belongs to), working weekdays, opening hours and holidays (business-hour measures).
 */
public record WorkingTimeSettings(String timeZone, List<DayOfWeek> workingDays, LocalTime dayStart,
                                  LocalTime dayEnd, List<LocalDate> holidays) {

    public WorkingTimeSettings {
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    public static WorkingTimeSettings defaults() {
        return new WorkingTimeSettings("UTC",
                List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                LocalTime.of(9, 0), LocalTime.of(17, 0), List.of());
    }

    public void validate(Problems problems) {
        if (problems.required(timeZone, "timeZone")) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                problems.add("timeZone", "unknown time zone \"" + timeZone + "\" (use an IANA id such as Europe/Berlin)");
            }
        }
        problems.require(!workingDays.isEmpty(), "workingDays", "needs at least one working day");
        problems.require(new HashSet<>(workingDays).size() == workingDays.size(), "workingDays", "lists a day twice");
        boolean hasStart = problems.required(dayStart, "dayStart");
        boolean hasEnd = problems.required(dayEnd, "dayEnd");
        if (hasStart && hasEnd && !dayEnd.isAfter(dayStart)) {
            problems.add("dayEnd", "must be after dayStart");
        }
        problems.require(new HashSet<>(holidays).size() == holidays.size(), "holidays", "lists a day twice");
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Only for validated settings. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(zone(), EnumSet.copyOf(workingDays), dayStart, dayEnd, new HashSet<>(holidays));
    }
}
