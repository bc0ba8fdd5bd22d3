package io.balancepoint.rest;

import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sizes the API accepts, checked before a request reaches the domain, so no request can make
 * the server build a number with a billion digits or loop for an hour. Collect the limit problems
 * and the domain's rule problems separately and {@link #report} them together: a field over a
 * limit reports only that, not also every rule the absurd value breaks.
 */
public final class InputLimits {

    /** Largest magnitude of any decimal in a request (amounts, counts, seconds). */
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("1000000000000");
    /** Most decimal places of any decimal in a request (trailing zeros do not count). */
    public static final int MAX_SCALE = 10;
    /** Channel ids and similar keys: lower case, as the ticket snapshot normalises them. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    private InputLimits() {
    }

    /** A decimal within ±{@code max} with at most {@link #MAX_SCALE} places; null passes (required-ness is a rule). */
    public static void decimal(Problems problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(max) > 0) {
            problems.add(field, "must be at most " + max.toPlainString() + " in size");
        } else if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            problems.add(field, "must have at most " + MAX_SCALE + " decimal places");
        }
    }

    /** {@link #decimal(Problems, String, BigDecimal, BigDecimal)} with {@link #MAX_DECIMAL}. */
    public static void decimal(Problems problems, String field, BigDecimal value) {
        decimal(problems, field, value, MAX_DECIMAL);
    }

    /** A whole number within 0..{@code max} when present. */
    public static void count(Problems problems, String field, Long value, long max) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(field, "must be between 0 and " + max);
        }
    }

    /** A list of at most {@code max} entries when present. */
    public static void size(Problems problems, String field, List<?> list, int max) {
        if (list != null && list.size() > max) {
            problems.add(field, "must have at most " + max + " entries");
        }
    }

    /** An id matching {@link #ID} when present. */
    public static void id(Problems problems, String field, String value) {
        if (value != null && !ID.matcher(value).matches()) {
            problems.add(field, "must be an id: a lower-case letter, then up to 39 lower-case letters, digits, '-' or '_'");
        }
    }

    /**
     * Adds every limit problem to {@code target}, then every rule problem whose field is not already
     * over a limit. Both are relative to {@code target}.
     */
    public static void report(Problems target, Problems limits, Problems rules) {
        Set<String> overLimit = new HashSet<>();
        for (Problem problem : limits.list()) {
            overLimit.add(problem.field());
            target.add(problem.field(), problem.reason());
        }
        for (Problem problem : rules.list()) {
            if (!overLimit.contains(problem.field())) {
                target.add(problem.field(), problem.reason());
            }
        }
    }
}
