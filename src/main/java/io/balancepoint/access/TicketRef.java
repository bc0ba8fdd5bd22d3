package io.balancepoint.access;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a request names a ticket: by issue key ({@code SD-12}) or by issue id ({@code 10012}), as
 * Jira's own REST API accepts either.
 */
public sealed interface TicketRef {

    /** Jira's default project-key rule (a letter, then letters, digits or underscores), a dash and a number. */
    Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");
    Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    /**
     * Reads a path segment; empty when it is neither a key nor an id, so a caller can answer
     * "not found" exactly as for a ticket that does not exist. Keys are matched case-insensitively
     * and kept in upper case, as Jira does.
     */
    static Optional<TicketRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (ID.matcher(text).matches()) {
            return Optional.of(new Id(Long.parseLong(text)));
        }
        String key = text.toUpperCase(Locale.ROOT);
        return KEY.matcher(key).matches() ? Optional.of(new Key(key)) : Optional.empty();
    }

    /** An issue key such as {@code SD-12}. */
    record Key(String issueKey) implements TicketRef {
    }

    /** An issue id such as {@code 10012}. */
    record Id(long issueId) implements TicketRef {
    }
}
