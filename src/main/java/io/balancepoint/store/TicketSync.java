package io.balancepoint.store;

import io.balancepoint.ticket.TicketStamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Which state of a ticket its stored facts were computed from.
 *
 * @param sourceUpdated    the ticket's last change as the source reported it with the snapshot
 * @param factsVersion     the facts row version the computation wrote or found already stored
 * @param settingsRevision the settings revision the computation used
 * @param recheckAt        when the facts go out of date without any change to the ticket (the end
 *                         of a provisional FCR window); null when never
 */
public record TicketSync(long issueId, Instant sourceUpdated, long factsVersion, Instant computedAt,
                         long settingsRevision, Instant recheckAt) {

    public TicketSync {
        Objects.requireNonNull(sourceUpdated, "sourceUpdated");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /**
     * Whether the stored facts are those this record describes ({@code storedFactsVersion}; null
     * when there are none) and reflect every change up to {@code stamp}.
     */
    public boolean isCurrent(TicketStamp stamp, Long storedFactsVersion) {
        return stamp.issueId() == issueId
                && storedFactsVersion != null && storedFactsVersion == factsVersion
                && !stamp.updated().isAfter(sourceUpdated);
    }
}
