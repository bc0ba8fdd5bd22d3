package io.balancepoint.access;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.util.HashSet;
import java.util.List;

/**
 * Settings section for who sees what. Jira administrators always administer the app; the groups
 * here add finance administrators, team leads and people allowed to see individual hourly rates
 * (salary-derived, so nobody else sees them). Portal customers and anonymous users see nothing.
 *
 * @param financeGroups          groups with the app's admin rights besides Jira administrators
 * @param teamLeadGroups         groups whose members get team-lead views (dashboards, anomalies)
 * @param teamLeadProjectRoles   project roles that make a user team lead of that project
 * @param rateViewerGroups       groups who may see individual hourly rates (admins always may)
 * @param agentsSeeTicketCost    agents who can browse a ticket see its total and breakdown
 * @param agentsAddDirectCosts   agents may add direct costs (refunds, materials) to tickets they can browse
 */
public record VisibilitySettings(List<String> financeGroups, List<String> teamLeadGroups,
                                 List<String> teamLeadProjectRoles, List<String> rateViewerGroups,
                                 boolean agentsSeeTicketCost, boolean agentsAddDirectCosts) {

    public VisibilitySettings {
        financeGroups = copy(financeGroups);
        teamLeadGroups = copy(teamLeadGroups);
        teamLeadProjectRoles = copy(teamLeadProjectRoles);
        rateViewerGroups = copy(rateViewerGroups);
    }

    public static VisibilitySettings defaults() {
        return new VisibilitySettings(List.of(), List.of(), List.of("Administrators"), List.of(), true, false);
    }

    public void validate(Problems problems) {
        names(problems, "financeGroups", financeGroups);
        names(problems, "teamLeadGroups", teamLeadGroups);
        names(problems, "teamLeadProjectRoles", teamLeadProjectRoles);
        names(problems, "rateViewerGroups", rateViewerGroups);
    }

    private static void names(Problems problems, String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.isBlank()) {
                problems.at(field).at(i).add("must not be blank");
            }
        }
        if (new HashSet<>(names).size() != names.size()) {
            problems.add(field, "lists a name twice");
        }
    }

    private static List<String> copy(List<String> list) {
        return Copies.list(list);
    }
}
