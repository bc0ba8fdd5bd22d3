package io.balancepoint.rest.error;

import io.balancepoint.validation.Problem;
import java.util.List;

/**
 * The request cannot be read (HTTP 400): malformed JSON, a value of the wrong JSON type, an
 * unknown field, no body where one is needed, an unparseable query or path parameter. Contrast
 * {@link io.balancepoint.validation.InvalidInputException} (422): read fine, but breaks a rule.
 */
public final class MalformedRequestException extends RuntimeException {

    private final transient List<Problem> problems;

    public MalformedRequestException(List<Problem> problems) {
        super("malformed request: " + problems, null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static MalformedRequestException of(String field, String reason) {
        return new MalformedRequestException(List.of(new Problem(field, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
