package io.balancepoint.fcr;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket's FCR verdict with a one-line explanation for agents and team leads.
 *
 * @param reason           why, in one line, e.g. "Resolved after 1 agent reply, no customer follow-up; reopen window open until 2026-03-08 14:30"
 * @param provisionalUntil when a {@link FcrStatus#PROVISIONAL} verdict becomes {@link FcrStatus#FCR} unless the ticket
 *                         changes (the end of the reopen window), so the caller can schedule a recompute; null for every other status
 */
public record FcrResult(FcrStatus status, String reason, Instant provisionalUntil) {

    public FcrResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if ((status == FcrStatus.PROVISIONAL) != (provisionalUntil != null)) {
            throw new IllegalArgumentException("provisionalUntil is set exactly when the status is PROVISIONAL");
        }
    }

    static FcrResult of(FcrStatus status, String reason) {
        return new FcrResult(status, reason, null);
    }
}
