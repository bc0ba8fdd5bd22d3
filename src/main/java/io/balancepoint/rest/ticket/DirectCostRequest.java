package io.balancepoint.rest.ticket;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.DirectCostEntry;
import io.balancepoint.rest.InputLimits;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The body of adding or changing a manual direct cost: a flat {@code amount}, or for OUTSOURCING
 * {@code minutes × pricePerMinute}; {@code occurredAt} defaults to now. The author is the caller.
 */
public record DirectCostRequest(CostCategory category, BigDecimal amount, BigDecimal minutes, BigDecimal pricePerMinute,
                                Instant occurredAt, String note) {

    /** The longest note a line keeps. */
    public static final int MAX_NOTE_LENGTH = 1000;

    /** The entry this request makes for {@code author} at {@code now}. */
    DirectCostEntry entry(String author, Instant now) {
        return new DirectCostEntry(category, amount, minutes, pricePerMinute, occurredAt == null ? now : occurredAt,
                note, author);
    }

    /** Every problem: the API's size limits, then the entry's rules on what is within them. */
    void validate(Problems problems, String author, Instant now) {
        Problems limits = new Problems();
        InputLimits.decimal(limits, "amount", amount);
        InputLimits.decimal(limits, "minutes", minutes);
        InputLimits.decimal(limits, "pricePerMinute", pricePerMinute);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            limits.add("note", "must be at most " + MAX_NOTE_LENGTH + " characters, has " + note.length());
        }
        Problems rules = new Problems();
        entry(author, now).validate(rules);
        InputLimits.report(problems, limits, rules);
    }
}
