package io.balancepoint.ledger;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A channel tickets arrive through, as the ticket snapshot names it.
 *
 * @param id                    lower-case id matching {@code TicketSnapshot.channel()}, e.g. {@code email}
 * @param standardHandleMinutes minutes of agent work per agent response, used to estimate labour
 *                              on resolved tickets without worklogs; null = never estimate
 */
public record Channel(String id, String displayName, BigDecimal standardHandleMinutes) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** Reports this channel's own problems; duplicate ids are checked by {@link ChannelSettings}. */
    public void validate(Problems problems) {
        if (problems.required(id, "id") && !ID.matcher(id).matches()) {
            problems.add("id", "must be lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
        if (problems.required(displayName, "displayName") && displayName.isBlank()) {
            problems.add("displayName", "must not be blank");
        }
        if (standardHandleMinutes != null && standardHandleMinutes.signum() <= 0) {
            problems.add("standardHandleMinutes", "must be greater than 0, or empty for no estimate");
        }
    }
}
