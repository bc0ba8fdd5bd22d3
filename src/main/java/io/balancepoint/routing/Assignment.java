package io.balancepoint.routing;

import java.util.Objects;

/**
 * The outcome of picking an assignee in a group.
 *
 * @param assignee the chosen user key, or null when nobody is assigned
 * @param reason   why, for the decision's explanation: "fewest open tickets: 3", "left unassigned in group 'x'"
 */
public record Assignment(String assignee, String reason) {

    public Assignment {
        Objects.requireNonNull(reason, "reason");
    }

    public boolean assigned() {
        return assignee != null;
    }
}
