package io.balancepoint.ticket;

import java.time.Instant;

/**
 * The public back-and-forth on a ticket, counted once for FCR, ticket facts and escalation. Internal comments and
 * comments by automation ({@code OTHER}) never count.
 *
 * @param agentResponses        agent public responses over the ticket's whole life, after resolution included
 * @param firstAgentResponseAt  the first agent public response; null when there is none
 * @param customerFollowUps     customer public comments after the first agent public response and no later than
 *                              the latest resolution (all of them while the ticket is unresolved); a "thanks" after
 *                              the resolution is not a follow-up
 */
public record Interactions(int agentResponses, Instant firstAgentResponseAt, int customerFollowUps) {

    /** Counts the interactions of {@code ticket} as it stands in the snapshot. */
    public static Interactions of(TicketSnapshot ticket) {
        Instant first = ticket.firstAgentPublicResponseAt().orElse(null);
        Instant resolvedAt = ticket.resolvedAt().orElse(null);
        int followUps = 0;
        if (first != null) {
            for (Comment c : ticket.comments()) {
                if (c.isCustomerPublicComment() && c.created().isAfter(first)
                        && (resolvedAt == null || !c.created().isAfter(resolvedAt))) {
                    followUps++;
                }
            }
        }
        return new Interactions(ticket.agentPublicResponses().size(), first, followUps);
    }
}
