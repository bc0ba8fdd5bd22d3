package io.balancepoint.ticket;

import java.util.List;
import java.util.Optional;

/**
 * Where tickets come from: Jira/JSM in the plugin, an import or the sample desk in the workbench.
 * Only service-desk tickets are listed (the tickets Balance Point costs). Implementations may
 * throw unchecked exceptions for failures that a later retry can cure; callers retry.
 */
public interface TicketSource {

    /** The ticket as it is now; empty when it does not exist (deleted, moved out of the service desks). */
    Optional<SourcedTicket> read(long issueId);

    /**
     * The next tickets by id after {@code afterIssueId} (0 for the start), at most {@code limit},
     * in ascending id order, with their last change. Paging by id, not by offset, keeps each page
     * correct while tickets are created and deleted during a long scan.
     */
    List<TicketStamp> ticketsAfter(long afterIssueId, int limit);

    /** How many tickets {@link #ticketsAfter} would list in all (for progress; may be approximate while tickets change). */
    long count();
}
