package io.balancepoint.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * A user who can be assigned tickets of a group, with the load and history assignment looks at.
 *
 * @param openTickets    unresolved tickets assigned to the user now
 * @param lastAssignedAt when routing last assigned the user a ticket of this group; null = never
 */
public record PoolMember(String userKey, int openTickets, Instant lastAssignedAt) {

    public PoolMember {
        Objects.requireNonNull(userKey, "userKey");
        if (openTickets < 0) {
            throw new IllegalArgumentException("open tickets of " + userKey + " must not be negative: " + openTickets);
        }
    }
}
