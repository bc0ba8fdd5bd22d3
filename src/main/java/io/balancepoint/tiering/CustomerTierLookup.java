package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides the customer tier of a ticket's customer with the tiering settings in force (the port
 * the recompute uses; it lives here rather than in {@code ticket} because it speaks in tiering
 * settings, and {@code tiering} already depends on {@code ticket}).
 */
public interface CustomerTierLookup {

    CustomerTier tierOf(TicketSnapshot ticket, TieringSettings settings);

    /** {@link #tierOf} of each ticket, by issue id; a lookup backed by a store reads once for them all. */
    default Map<Long, CustomerTier> tiersOf(Collection<TicketSnapshot> tickets, TieringSettings settings) {
        Map<Long, CustomerTier> tiers = new HashMap<>();
        for (TicketSnapshot ticket : tickets) {
            tiers.put(ticket.issueId(), tierOf(ticket, settings));
        }
        return tiers;
    }
}
