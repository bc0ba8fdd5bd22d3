package io.balancepoint.validation;

/** One thing wrong with some input: the field path (e.g. {@code rates.entries[2].hourlyRate}) and why. */
public record Problem(String field, String reason) {
}
