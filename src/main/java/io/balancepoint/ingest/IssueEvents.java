package io.balancepoint.ingest;

import io.balancepoint.ticket.ChangeLog;
import io.balancepoint.ticket.FieldChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which issue events concern Balance Point, decided from the event's kind and its change log. The
 * Jira event bridge maps Jira's event type ids to {@link Kind} and enqueues the ticket when
 * {@link #changes} is not empty; it does nothing else on the request thread.
 */
public final class IssueEvents {

    /** Jira's issue event types, as far as the bridge tells them apart. */
    public enum Kind {
        CREATED, UPDATED, ASSIGNED, RESOLVED, CLOSED, COMMENTED, COMMENT_EDITED, COMMENT_DELETED, REOPENED, DELETED,
        MOVED, WORKLOGGED, WORKLOG_UPDATED, WORKLOG_DELETED, GENERIC,
        /** Work started/stopped, watchers, and event types a workflow administrator added. */
        OTHER
    }

    /** What happened to the ticket, as far as its costs, FCR, tiers and routing care. */
    public enum Change { CREATED, FIELDS, ASSIGNED, COMMENTED, WORKLOG, RESOLVED, REOPENED, DELETED }

    private IssueEvents() {
    }

    /**
     * The changes an event brings. Resolve and reopen come from the change log whatever the event
     * type (a custom "Done" event still sets the resolution); an event of another kind with a
     * change log that touches any field is a field change; one without (work started, a watcher
     * added) changes nothing Balance Point reads.
     */
    public static Set<Change> changes(Kind kind, List<FieldChange> changeLog) {
        EnumSet<Change> changes = EnumSet.noneOf(Change.class);
        switch (kind) {
            case CREATED -> changes.add(Change.CREATED);
            case ASSIGNED -> changes.add(Change.ASSIGNED);
            case RESOLVED, CLOSED, REOPENED -> changes.add(Change.FIELDS);
            case COMMENTED, COMMENT_EDITED, COMMENT_DELETED -> changes.add(Change.COMMENTED);
            case WORKLOGGED, WORKLOG_UPDATED, WORKLOG_DELETED -> changes.add(Change.WORKLOG);
            case DELETED -> changes.add(Change.DELETED);
            case UPDATED, MOVED, GENERIC, OTHER -> {
                if (!changeLog.isEmpty()) {
                    changes.add(Change.FIELDS);
                }
            }
        }
        if (ChangeLog.resolves(changeLog)) {
            changes.add(Change.RESOLVED);
        }
        if (ChangeLog.reopens(changeLog)) {
            changes.add(Change.REOPENED);
        }
        if (kind == Kind.UPDATED || kind == Kind.GENERIC || kind == Kind.OTHER) {
            if (changeLog.stream().anyMatch(c -> c.field().equalsIgnoreCase("assignee"))) {
                changes.add(Change.ASSIGNED);
            }
        }
        return changes;
    }

    /**
     * Whether the ticket must be recomputed, when only the presence of a change log is known (Jira's
     * event carries its change group, not its items, and reading them would be I/O on the request
     * thread). Any change log counts: resolve and reopen are then read from the history when the
     * ticket is read ({@link ChangeLog#resolutionHistory}).
     */
    public static boolean needsRecompute(Kind kind, boolean hasChangeLog) {
        return kind != Kind.UPDATED && kind != Kind.MOVED && kind != Kind.GENERIC && kind != Kind.OTHER || hasChangeLog;
    }

    /** Whether the ticket must be recomputed after the event. */
    public static boolean needsRecompute(Kind kind, List<FieldChange> changeLog) {
        return !changes(kind, changeLog).isEmpty();
    }
}
