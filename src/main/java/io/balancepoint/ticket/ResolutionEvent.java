package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of a ticket's resolved state, read from its change history: resolved (with the
 * resolution name, e.g. "Done", "Duplicate") or reopened (resolution cleared).
 */
public record ResolutionEvent(Instant at, Kind kind, String resolution, String actorKey) {

    /** Resolved or reopened. */
    public enum Kind { RESOLVED, REOPENED }

    public ResolutionEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RESOLVED && (resolution == null || resolution.isBlank())) {
            throw new IllegalArgumentException("a resolved event needs a resolution");
        }
    }

    public static ResolutionEvent resolved(Instant at, String resolution, String actorKey) {
        return new ResolutionEvent(at, Kind.RESOLVED, resolution, actorKey);
    }

    public static ResolutionEvent reopened(Instant at, String actorKey) {
        return new ResolutionEvent(at, Kind.REOPENED, null, actorKey);
    }
}
