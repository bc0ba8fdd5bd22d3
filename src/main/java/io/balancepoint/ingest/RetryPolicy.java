package io.balancepoint.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how soon a ticket whose recompute failed is tried again: after {@code firstDelay},
 * doubling up to {@code maxDelay}, for at most {@code maxAttempts} attempts in all.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** Five attempts over about a quarter of an hour: long enough to ride out a database restart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(8));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= firstDelay <= maxDelay, were " + firstDelay + " and " + maxDelay);
        }
    }

    /** The pause after the {@code failedAttempts}-th failure (1 = the first). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
