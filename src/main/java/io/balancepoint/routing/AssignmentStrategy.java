package io.balancepoint.routing;

/** How a routing action picks an assignee inside the target group. */
public enum AssignmentStrategy {
    /** The member with the fewest open tickets (ties: least recently assigned, then user key). */
    LEAST_OPEN,
    /** The member after the last one assigned, in user-key order, wrapping around. */
    ROUND_ROBIN,
    /** Nobody: the ticket waits in the group's queue. */
    UNASSIGNED
}
