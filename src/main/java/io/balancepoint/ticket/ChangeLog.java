package io.balancepoint.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what the rules need from a ticket's change history. Resolve and reopen are taken from
 * changes of the {@code resolution} field, not from workflow event types: a workflow may resolve
 * with any transition and fire any event (or a generic one), but it always sets the resolution,
 * and reopening always clears it.
 */
public final class ChangeLog {

    /** The field Jira records resolution changes under. */
    public static final String RESOLUTION = "resolution";

    private ChangeLog() {
    }

    /**
     * The resolve and reopen events in time order: a resolution set where there was none is a
     * resolve; a resolution changed to another is a resolve with the new name (it counts as the
     * latest); a resolution cleared is a reopen.
     */
    public static List<ResolutionEvent> resolutionHistory(List<FieldChange> changes) {
        List<ResolutionEvent> events = new ArrayList<>();
        for (FieldChange change : inTimeOrder(changes)) {
            if (!isResolution(change)) {
                continue;
            }
            if (change.newValue() != null) {
                String name = change.toText() != null ? change.toText() : change.to();
                events.add(ResolutionEvent.resolved(change.at(), name, change.actorKey()));
            } else if (change.oldValue() != null) {
                events.add(ResolutionEvent.reopened(change.at(), change.actorKey()));
            }
        }
        return events;
    }

    /** Whether the changes (of one event) resolve the ticket. */
    public static boolean resolves(List<FieldChange> changes) {
        return changes.stream().anyMatch(c -> isResolution(c) && c.newValue() != null && c.oldValue() == null);
    }

    /** Whether the changes (of one event) reopen the ticket: a resolution is cleared. */
    public static boolean reopens(List<FieldChange> changes) {
        return changes.stream().anyMatch(c -> isResolution(c) && c.newValue() == null && c.oldValue() != null);
    }

    /** When the named field last changed; empty when it never did. Field names compare case-insensitively. */
    public static Optional<Instant> lastChangeOf(List<FieldChange> changes, String field) {
        String wanted = field.toLowerCase(Locale.ROOT);
        return changes.stream().filter(c -> c.field().toLowerCase(Locale.ROOT).equals(wanted))
                .map(FieldChange::at).max(Comparator.naturalOrder());
    }

    private static boolean isResolution(FieldChange change) {
        return change.field().equalsIgnoreCase(RESOLUTION);
    }

    private static List<FieldChange> inTimeOrder(List<FieldChange> changes) {
        // stable: changes of one change group keep their recorded order
        return changes.stream().sorted(Comparator.comparing(FieldChange::at)).toList();
    }
}
