package io.balancepoint.rest.jobs;

import io.balancepoint.time.DateRange;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /jobs/{name}}: {@code from} and {@code until} (exclusive, optional: up to
 * now) for a recalculation, {@code project} optionally for a rollup rebuild, nothing ({@code {}})
 * for backfill and reconcile. A field the job does not use is refused, so a typo cannot start a
 * wider job than meant.
 */
public record JobStart(LocalDate from, LocalDate until, String project) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    /** The job to launch for {@code name}; every problem reported. */
    JobLauncher.Launch launch(String name, String actor, Problems problems) {
        return switch (name) {
            case "backfill" -> none(problems, true, true) ? new JobLauncher.Backfill(actor) : null;
            case "reconcile" -> none(problems, true, true) ? new JobLauncher.Reconcile(actor) : null;
            case "recalculation" -> {
                problems.required(from, "from");
                if (project != null) {
                    problems.add("project", "is not used by this job");
                }
                if (from != null && until != null && !until.isAfter(from)) {
                    problems.add("until", "must be after from (" + from + ")");
                }
                yield problems.isEmpty() ? new JobLauncher.Recalculation(new DateRange(from, until), actor) : null;
            }
            case "rollup-rebuild" -> {
                none(problems, true, false);
                if (project != null && !PROJECT_KEY.matcher(project).matches()) {
                    problems.add("project", "must be a project key such as SD");
                }
                yield problems.isEmpty() ? new JobLauncher.RollupRebuild(project, actor) : null;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private boolean none(Problems problems, boolean range, boolean projectToo) {
        if (range && from != null) {
            problems.add("from", "is not used by this job");
        }
        if (range && until != null) {
            problems.add("until", "is not used by this job");
        }
        if (projectToo && project != null) {
            problems.add("project", "is not used by this job");
        }
        return problems.isEmpty();
    }
}
