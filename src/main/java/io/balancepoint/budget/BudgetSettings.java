package io.balancepoint.budget;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "budgets and targets" settings section: the fiscal calendar, how amounts are weighted when
 * split in time, and each project's yearly targets (at most one entry per project and fiscal year).
 */
public record BudgetSettings(FiscalCalendarSettings fiscalCalendar, TimeWeighting timeWeighting,
                             List<ProjectTargets> projects) {

    public BudgetSettings {
        projects = Copies.list(projects);
    }

    /** Calendar-year fiscal calendar, working-day weighting, no targets yet. */
    public static BudgetSettings defaults() {
        return new BudgetSettings(FiscalCalendarSettings.defaults(), TimeWeighting.WORKING_DAYS, List.of());
    }

    public void validate(Problems problems) {
        if (problems.required(fiscalCalendar, "fiscalCalendar")) {
            fiscalCalendar.validate(problems.at("fiscalCalendar"));
        }
        problems.required(timeWeighting, "timeWeighting");
        problems.each(projects, "projects", (at, targets) -> ((ProjectTargets) targets).validate(at));
        validateOneEntryPerProjectAndYear(problems);
    }

    private void validateOneEntryPerProjectAndYear(Problems problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectTargets targets = projects.get(i);
            if (targets == null || targets.projectKey() == null || targets.fiscalYear() == null) {
                continue;
            }
            String key = targets.projectKey() + " FY" + targets.fiscalYear();
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                problems.at("projects").at(i).add("fiscalYear", "duplicates projects[" + earlier + "] (" + key + ")");
            }
        }
    }
}
