package io.balancepoint.workbench.jsm;

import java.util.Objects;
import java.util.Set;

/**
 * A Jira user of the export ({@code users.json}): the id Balance Point knows them by (user key, or
 * accountId on Cloud), their names, whether they hold a Jira Service Management licence (an agent),
 * and their Jira groups (which role rates match).
 */
public record JsmUser(String key, String name, String displayName, String emailAddress, boolean agent,
                      boolean app, Set<String> groups) {

    /** The application role key of a Jira Service Management licence. */
    public static final String SERVICE_DESK_ROLE = "jira-servicedesk";

    public JsmUser {
        Objects.requireNonNull(key, "key");
        groups = Set.copyOf(groups);
    }
}
