package io.balancepoint.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Times and durations as whole milliseconds in BIGINT columns: exact and zone-free on every
 * database (AO's date columns lose milliseconds on MySQL/MariaDB and go through the JVM zone).
 * Jira's timestamps are milliseconds; finer parts are dropped.
 */
final class EpochMillis {

    private EpochMillis() {
    }

    static Long of(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static Long of(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    static Duration duration(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis);
    }
}
