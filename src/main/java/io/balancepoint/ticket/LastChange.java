package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * A ticket's last change for its {@link TicketStamp}. Jira's "updated" does not move for every change
 * the facts depend on: editing a worklog's start or author, or a satisfaction rating given through
 * the portal, may leave it as it was. So the stamp is the latest of "updated", every worklog's and
 * comment's own update time and the time of the rating; reconcile then notices those changes too.
 */
public final class LastChange {

    private LastChange() {
    }

    /** The latest of {@code issueUpdated} and the {@code others} (nulls ignored). */
    public static Instant of(Instant issueUpdated, Collection<Instant> others) {
        Objects.requireNonNull(issueUpdated, "issueUpdated");
        Instant latest = issueUpdated;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }
}
