package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot as read from the ticket source, with the time of the ticket's last change it
 * reflects; stored with the facts so that a later change without an event can be detected.
 */
public record SourcedTicket(TicketSnapshot snapshot, Instant updated) {

    public SourcedTicket {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(updated, "updated");
    }

    public TicketStamp stamp() {
        return new TicketStamp(snapshot.issueId(), updated);
    }
}
