package io.balancepoint.workbench.tickets;

import io.balancepoint.ticket.SourcedTicket;
import java.util.Objects;

/** A ticket of the workbench's desk: its snapshot, as recompute reads it, plus what the ticket list shows. */
public record DeskTicket(SourcedTicket ticket, String summary, String assignee) {

    public DeskTicket {
        Objects.requireNonNull(ticket, "ticket");
        summary = summary == null ? "" : summary;
    }
}
