package io.balancepoint.store;

import io.balancepoint.store.ao.TicketFactsEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The most recently created tickets of a project, as far as the app has computed them: the ids come
 * from the stored ticket facts, so a host needs no port of its own to list recent tickets (the
 * snapshots are read through the {@code TicketSource} it already provides). A ticket not yet
 * computed (created moments ago, or before a backfill) is not listed.
 */
public final class RecentTickets {

    /** The most tickets one call lists. */
    public static final int MAX = 500;

    private final AoStorage storage;

    public RecentTickets(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Ids of the project's {@code limit} (1..{@value #MAX}) newest tickets by creation, newest first. */
    public List<Long> newest(String projectKey, int limit) {
        Objects.requireNonNull(projectKey, "projectKey");
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX + ", was " + limit);
        }
        List<Long> ids = new ArrayList<>(limit);
        storage.stream(TicketFactsEntity.class, ColumnsQuery.of("ID, ISSUE_ID, CREATED_AT")
                        .where("PROJECT_KEY = ?", projectKey).order("CREATED_AT DESC, ISSUE_ID DESC").limit(limit),
                row -> ids.add(row.getIssueId()));
        return ids;
    }
}
