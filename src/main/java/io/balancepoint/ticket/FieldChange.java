package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One field change from a ticket's change history, as plain values: when, which field, the raw and
 * display values before and after, and who changed it. Jira's change items translate into this one
 * to one, so the rules that read history ({@link ChangeLog}) are tested without Jira.
 *
 * @param field      the field name as Jira records it ({@code resolution}, {@code status}, {@code assignee}, a custom field's name)
 * @param from       the raw value before (an id for select fields), null when empty
 * @param fromText   the display value before, null when empty
 * @param to         the raw value after, null when cleared
 * @param toText     the display value after, null when cleared
 * @param actorKey   the user key of who made the change; null for automation without a user
 */
public record FieldChange(Instant at, String field, String from, String fromText, String to, String toText,
                          String actorKey) {

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }

    /** The value after the change, raw or else displayed; null when the field was cleared. */
    public String newValue() {
        return to != null ? to : toText;
    }

    /** The value before the change, raw or else displayed; null when it was empty. */
    public String oldValue() {
        return from != null ? from : fromText;
    }
}
