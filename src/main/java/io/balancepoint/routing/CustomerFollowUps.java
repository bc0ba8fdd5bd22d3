package io.balancepoint.routing;

import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts a ticket's customer follow-ups, as in {@code TicketFacts.customerFollowUps}: customer
 * public comments that come after the first agent public response (in comment order: time, then
 * id) and strictly before the ticket's current resolution (all of them while it is unresolved).
 * Comments before the first agent response are the original contact, not a follow-up.
 */
public final class CustomerFollowUps {

    private CustomerFollowUps() {
    }

    public static int count(TicketSnapshot ticket) {
        Optional<Instant> resolvedAt = ticket.resolvedAt();
        boolean agentResponded = false;
        int followUps = 0;
        for (Comment comment : ticket.comments()) {
            if (resolvedAt.isPresent() && !comment.created().isBefore(resolvedAt.get())) {
                break;
            }
            if (!agentResponded) {
                agentResponded = comment.isAgentPublicResponse();
            } else if (comment.isCustomerPublicComment()) {
                followUps++;
            }
        }
        return followUps;
    }
}
