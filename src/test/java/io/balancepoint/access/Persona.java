package io.balancepoint.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of the access tests, one per role of the access matrix, in a directory with two
 * projects (SD, the service desk; OPS, another team's) and a ticket in each.
 */
public final class Persona {

    public static final String CUSTOMER = "carla";
    /** Licensed, but browses only OPS. */
    public static final String OUTSIDER = "oscar";
    public static final String AGENT = "alice";
    /** Team lead of SD through the project role. */
    public static final String LEAD = "leo";
    /** Team lead through the team-lead group, browses SD. */
    public static final String GROUP_LEAD = "gina";
    public static final String ADMIN = "ada";
    /** Admin through the finance group; browses nothing. */
    public static final String FINANCE = "fiona";
    /** Agent of SD in the rate-viewer group. */
    public static final String PAYROLL = "pete";

    public static final String SD_TICKET = "SD-1";
    public static final long SD_TICKET_ID = 10001;
    public static final String OPS_TICKET = "OPS-7";

    /** Finance, team-lead, rate-viewer groups and the team-lead role the directory's users are in. */
    public static final VisibilitySettings VISIBILITY = new VisibilitySettings(
            List.of("finance"), List.of("team-leads"), List.of("Team Lead"), List.of("payroll"), true, false);

    private Persona() {
    }

    public static DirectoryAccessPolicy directory() {
        return new DirectoryAccessPolicy(List.of(
                // a portal customer who could browse SD in Jira terms; the app must still give her nothing
                user(CUSTOMER, false, false, Set.of(), Set.of("SD"), Map.of()),
                user(OUTSIDER, true, false, Set.of("jira-users"), Set.of("OPS"), Map.of()),
                user(AGENT, true, false, Set.of("jira-users"), Set.of("SD"), Map.of("SD", Set.of("Agent"))),
                user(LEAD, true, false, Set.of("jira-users"), Set.of("SD", "OPS"), Map.of("SD", Set.of("Agent", "Team Lead"))),
                user(GROUP_LEAD, true, false, Set.of("team-leads"), Set.of("SD"), Map.of()),
                user(ADMIN, true, true, Set.of("jira-administrators"), Set.of("SD"), Map.of()),
                user(FINANCE, true, false, Set.of("finance"), Set.of(), Map.of()),
                user(PAYROLL, true, false, Set.of("payroll"), Set.of("SD"), Map.of())),
                List.of(new DirectoryAccessPolicy.Ticket(SD_TICKET_ID, SD_TICKET, "SD"),
                        new DirectoryAccessPolicy.Ticket(20007, OPS_TICKET, "OPS")));
    }

    public static Permissions permissions() {
        return new Permissions(directory(), () -> VISIBILITY);
    }

    private static DirectoryAccessPolicy.User user(String key, boolean licensed, boolean admin, Set<String> groups,
                                                   Set<String> browse, Map<String, Set<String>> roles) {
        return new DirectoryAccessPolicy.User(key, licensed, admin, groups, browse, roles);
    }
}
