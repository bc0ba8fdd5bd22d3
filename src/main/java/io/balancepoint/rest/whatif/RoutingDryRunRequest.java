package io.balancepoint.rest.whatif;

import io.balancepoint.routing.RoutingSettings;
import io.balancepoint.store.RecentTickets;
import io.balancepoint.validation.Problems;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Body of {@code POST whatif/routing-dry-run}.
 *
 * @param project the project whose recent tickets to route
 * @param tickets how many of its newest tickets, 1..{@value RecentTickets#MAX}; {@value #DEFAULT_TICKETS} when absent
 * @param routing candidate routing settings (the {@code routing} section of the settings document);
 *                the ones in force when absent
 */
public record RoutingDryRunRequest(String project, Integer tickets, RoutingSettings routing) {

    static final int DEFAULT_TICKETS = 100;
    /** Jira's project-key rule: a capital letter, then capitals, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");

    /** Checks what the access check needs: the project is a project key. */
    void validateProject(Problems problems) {
        if (problems.required(project, "project") && !PROJECT_KEY.matcher(project).matches()) {
            problems.add("project", "must be a project key (capital letters, digits and underscores, e.g. SD)");
        }
    }

    /** Checks the rest, against the customer tiers configured now. */
    void validate(Problems problems, List<String> customerTiers) {
        if (tickets != null && (tickets < 1 || tickets > RecentTickets.MAX)) {
            problems.add("tickets", "must be between 1 and " + RecentTickets.MAX);
        }
        if (routing != null) {
            routing.validate(problems.at("routing"));
            routing.validateCustomerTiers(problems.at("routing"), customerTiers);
        }
    }

    int ticketsOrDefault() {
        return tickets == null ? DEFAULT_TICKETS : tickets;
    }
}
