package io.balancepoint.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Picks an assignee in a group according to an {@link AssignmentStrategy}. */
public final class AssigneeSelector {

    /** Fewest open tickets, then least recently assigned (never assigned first), then user key. */
    private static final Comparator<PoolMember> LEAST_LOADED = Comparator.comparingInt(PoolMember::openTickets)
            .thenComparing(PoolMember::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PoolMember::userKey);

    /** Latest assignment wins; members assigned at the same instant count as assigned in key order, so the higher key was last. */
    private static final Comparator<PoolMember> ASSIGNED_LATER = Comparator.comparing(PoolMember::lastAssignedAt,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(PoolMember::userKey);

    private AssigneeSelector() {
    }

    /** The chosen member of {@code group} (always one of its members) or nobody, with the reason. */
    public static Assignment select(String group, AssignmentStrategy strategy, AssigneePools pools) {
        if (strategy == AssignmentStrategy.UNASSIGNED) {
            return new Assignment(null, group == null ? "left unassigned" : "left unassigned in group '" + group + "'");
        }
        List<PoolMember> members = pools.members(group);
        if (members.isEmpty()) {
            return new Assignment(null, "group '" + group + "' has no members to assign, left unassigned");
        }
        return switch (strategy) {
            case LEAST_OPEN -> leastOpen(members);
            case ROUND_ROBIN -> roundRobin(members);
            case UNASSIGNED -> throw new AssertionError("handled above");
        };
    }

    private static Assignment leastOpen(List<PoolMember> members) {
        PoolMember chosen = members.stream().min(LEAST_LOADED).orElseThrow();
        return new Assignment(chosen.userKey(), "fewest open tickets: " + chosen.openTickets());
    }

    /**
     * Members in user-key order form the rotation. The last assigned is the member with the latest
     * {@code lastAssignedAt}; the next is the first member whose key follows theirs, wrapping to
     * the first member. When nobody has been assigned yet, the first member starts.
     */
    private static Assignment roundRobin(List<PoolMember> members) {
        PoolMember last = members.stream().max(ASSIGNED_LATER).orElseThrow();
        if (last.lastAssignedAt() == null) {
            return new Assignment(members.get(0).userKey(), "round robin, first in rotation");
        }
        PoolMember next = members.stream()
                .filter(m -> m.userKey().compareTo(last.userKey()) > 0)
                .findFirst()
                .orElse(members.get(0));
        if (next == last) {
            return new Assignment(next.userKey(), "round robin, only member");
        }
        return new Assignment(next.userKey(), "round robin, next after " + last.userKey());
    }
}
