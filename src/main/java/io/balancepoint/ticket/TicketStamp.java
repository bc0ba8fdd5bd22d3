package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket's id and the time of its last change (Jira's "updated": set by edits, comments,
 * worklogs and transitions). The reconcile job compares it with the change the stored facts
 * were computed from.
 */
public record TicketStamp(long issueId, Instant updated) {

    public TicketStamp {
        Objects.requireNonNull(updated, "updated");
    }
}
