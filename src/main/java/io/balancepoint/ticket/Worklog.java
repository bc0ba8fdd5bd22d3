package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/** Work logged on a ticket: who, when it started, how many seconds. */
public record Worklog(long id, String authorKey, Instant started, long seconds) {

    public Worklog {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(started, "started");
        if (seconds < 0) {
            throw new IllegalArgumentException("worklog " + id + " has negative seconds");
        }
    }
}
