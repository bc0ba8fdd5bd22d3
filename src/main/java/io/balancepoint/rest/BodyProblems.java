package io.balancepoint.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.balancepoint.json.JsonProblems;
import io.balancepoint.validation.Problem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The problem of a request body Jackson could not read: {@link JsonProblems}, with clearer words
 * for the failures only the API's strict mapper produces (a repeated field, a second document)
 * and for durations. Jackson stops at the first failure, so a 400 names one problem; a 422
 * (rules) names them all.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static Problem of(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // databind wraps the parser's failure when it happens inside an object it is binding
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")
                    && parse.getProcessor() instanceof JsonParser parser) {
                return new Problem(path(parser.getParsingContext()), "appears twice");
            }
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return new Problem("$", "must be a single JSON document, but more follows it");
        }
        Problem problem = JsonProblems.of(e);
        if (e instanceof InvalidFormatException format && format.getTargetType() == Duration.class) {
            return new Problem(problem.field(), "must be an ISO-8601 duration such as PT30M");
        }
        return problem;
    }

    /** The dotted path of the field the parser is at, e.g. {@code channels[0].channel}. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> rootFirst = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            rootFirst.push(at);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at : rootFirst) {
            if (at.inArray()) {
                path.append('[').append(at.getCurrentIndex()).append(']');
            } else if (at.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(at.getCurrentName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
