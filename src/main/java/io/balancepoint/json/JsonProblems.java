package io.balancepoint.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.balancepoint.validation.Problem;
import java.util.List;

/**
 * Turns a Jackson reading failure into a {@link Problem} a person can act on: the field path in
 * the document ({@code rates.entries[2].hourlyRate}) and a plain reason, never a stack trace or
 * a Java type name.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return new Problem("$", "malformed JSON" + where(parse.getLocation()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem(path(unknown.getPath()), "unknown field");
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(path(format.getPath()), "must be " + describe(format.getTargetType())
                    + ", was " + quote(format.getValue()));
        }
        if (e instanceof ValueInstantiationException inst) {
            Throwable cause = inst.getCause() == null ? inst : inst.getCause();
            return new Problem(path(inst.getPath()), cause.getMessage() == null ? "is not valid" : cause.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getTargetType() == null) {
                return new Problem(path(mismatch.getPath()), "has the wrong shape");
            }
            return new Problem(path(mismatch.getPath()), "must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof DatabindException bind && bind instanceof JsonMappingException mapping) {
            return new Problem(path(mapping.getPath()), "is not valid");
        }
        return new Problem("$", "malformed JSON" + where(e.getLocation()));
    }

    /** Dotted path with list indexes: {@code a.b[2].c}; {@code $} for the document itself. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder sb = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return sb.toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.LocalDate.class == type) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.time.YearMonth.class == type) {
            return "a month (YYYY-MM)";
        }
        if (java.time.LocalTime.class == type) {
            return "a time of day (HH:MM)";
        }
        if (java.time.Instant.class == type) {
            return "an ISO-8601 instant (2026-01-31T09:00:00Z)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid value";
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        if (s.length() > 40) {
            s = s.substring(0, 40) + "…";
        }
        return "\"" + s + "\"";
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
