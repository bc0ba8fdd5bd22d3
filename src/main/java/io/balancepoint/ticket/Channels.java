package io.balancepoint.ticket;

import java.util.Locale;

/**
 * Maps the channel a request came in through, as JSM records it in the issue property
 * {@code request.channel.type} (value {@code {"value": "email"}}), to Balance Point's channel ids.
 */
public final class Channels {

    /** The issue property JSM writes the request channel to. */
    public static final String PROPERTY = "request.channel.type";
    /** Requests without a channel were created by agents in Jira itself. */
    public static final String JIRA = "jira";

    private Channels() {
    }

    /**
     * The channel id for a JSM channel value: {@code portal} and {@code anonymousportal} are both the
     * portal; {@code email}, {@code api}, {@code jira} stay; anything else (chat and phone
     * integrations write their own) is kept in lower case so the admin can give it a cost; none is
     * {@value #JIRA}.
     */
    public static String fromRequestChannel(String value) {
        if (value == null || value.isBlank()) {
            return JIRA;
        }
        String channel = value.strip().toLowerCase(Locale.ROOT);
        return switch (channel) {
            case "anonymousportal", "portal" -> "portal";
            case "emailrequest", "email", "mail" -> "email";
            default -> channel;
        };
    }
}
