package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;

/**
 * Decides the customer tier of a ticket's customer with the tiering settings in force (the port
 * the recompute uses; it lives here rather than in {@code ticket} because it speaks in tiering
 * settings, and {@code tiering} already depends on {@code ticket}).
 */
public interface CustomerTierLookup {

    CustomerTier tierOf(TicketSnapshot ticket, TieringSettings settings);
}
