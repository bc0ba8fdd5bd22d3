package io.balancepoint.jobs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.store.AuditAction;
import io.balancepoint.store.AuditEntry;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.RollupStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Rebuilds the day and month rollups (all, or one project's) from the stored ticket facts in one
 * transaction, and audits it. Rollups are derived data, so a rebuild changes no cost; it repairs
 * dashboards after a failure or a change of the instance time zone. The rebuild reports no
 * progress until it ends, so the job lease's stale limit must exceed its duration.
 */
public final class RollupRebuildJob implements Job {

    public static final String NAME = "rollup-rebuild";

    private final FactsStore facts;
    private final RollupStore rollups;
    private final AuditStore audit;
    private final Optional<String> projectKey;
    private final String actor;

    /** @param actor the user key of who asked for it; null for the system */
    public RollupRebuildJob(FactsStore facts, RollupStore rollups, AuditStore audit, Optional<String> projectKey, String actor) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        this.actor = actor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobProgress execute(JobRun run) {
        int rows = rollups.rebuild(facts, projectKey);
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("project", projectKey.orElse(null));
        details.put("rows", rows);
        details.put("node", run.node());
        audit.append(new AuditEntry(run.now(), actor, AuditAction.ROLLUP_REBUILD, projectKey.orElse("all projects"),
                details, null, null));
        return new JobProgress(rows, rows, null, rows + " rollup rows rebuilt from ticket facts");
    }
}
