package io.balancepoint.routing;

import io.balancepoint.ticket.TicketSnapshot;
import java.util.Objects;

/** One ticket to try a candidate rule set on: the snapshot, its customer's tier and its support tier today. */
public record DryRunCase(TicketSnapshot ticket, String customerTier, String currentTier) {

    public DryRunCase {
        Objects.requireNonNull(ticket, "ticket");
    }
}
