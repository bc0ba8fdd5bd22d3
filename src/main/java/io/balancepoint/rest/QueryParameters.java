package io.balancepoint.rest;

import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads query and header parameters taken as strings, so a value that cannot be parsed is a 400
 * naming the parameter (Jersey's own conversion would answer 404) and one out of range a 422.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number, or {@code fallback} when absent; unparseable is malformed (400). */
    public static long wholeNumber(String name, String value, long fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw MalformedRequestException.of(name, "must be a whole number, was \"" + shortened(value) + "\"");
        }
    }

    /** An ISO date ({@code 2026-01-31}), or null when absent; unparseable is malformed (400). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw MalformedRequestException.of(name, "must be a date like 2026-01-31, was \"" + shortened(value) + "\"");
        }
    }

    /** Records a problem unless {@code min <= value <= max}. */
    public static void range(Problems problems, String name, long value, long min, long max) {
        problems.require(value >= min && value <= max, name, "must be between " + min + " and " + max);
    }

    /** At most 40 characters of what the caller sent, for a message (never the whole of a long value). */
    static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
