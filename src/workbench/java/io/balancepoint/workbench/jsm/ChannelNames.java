package io.balancepoint.workbench.jsm;

import java.util.Locale;

/**
 * Turns the value of the {@code request.channel.type} issue property into a Balance Point channel id:
 * {@code anonymousportal} is the portal, {@code email}, {@code portal}, {@code api} and {@code jira}
 * keep their names, and any other value (set by an integration or automation, e.g. {@code phone} or
 * {@code chat}) is kept lower-cased, so it matches a channel an admin configures under that id.
 */
final class ChannelNames {

    private ChannelNames() {
    }

    static String normalise(String value) {
        String id = value.trim().toLowerCase(Locale.ROOT);
        return switch (id) {
            case "anonymousportal", "anonymous-portal", "anonymous_portal" -> "portal";
            case "e-mail", "mail" -> "email";
            default -> id;
        };
    }
}
