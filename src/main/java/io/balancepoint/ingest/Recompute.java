package io.balancepoint.ingest;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.store.WriteResult;
import io.balancepoint.ticket.TicketSnapshot;
import java.util.Objects;

/** What recomputing one ticket did. */
public sealed interface Recompute {

    long issueId();

    /** The facts stored before the recompute; null when there were none. */
    TicketFacts before();

    /** The facts stored after it; null when the ticket is gone. */
    TicketFacts after();

    /** Whether anything stored changed. */
    boolean changed();

    /**
     * The ticket exists: its lines and facts were written (or found already stored as computed).
     *
     * @param snapshot the ticket as read for this recompute (what routing decides on afterwards)
     */
    record Written(long issueId, TicketFacts before, TicketFacts after, WriteResult result, TicketSnapshot snapshot)
            implements Recompute {

        public Written {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(snapshot, "snapshot");
        }

        @Override
        public boolean changed() {
            return result.changed();
        }
    }

    /** The ticket no longer exists: whatever was stored for it was removed. */
    record Removed(long issueId, TicketFacts before, boolean hadData) implements Recompute {

        @Override
        public TicketFacts after() {
            return null;
        }

        @Override
        public boolean changed() {
            return hadData;
        }
    }
}
