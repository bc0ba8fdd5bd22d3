package io.balancepoint.validation;

import java.util.List;

/** Input that breaks a rule; carries every problem found, each with its field path. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(String message, List<Problem> problems) {
        super(message + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException("invalid input", List.of(new Problem(field, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
