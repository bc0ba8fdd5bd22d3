package io.balancepoint.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.balancepoint.store.ao.StoreSchema;

/**
 * Upgrade task scaffold: model version 1 is the schema of {@link StoreSchema#ENTITIES}. A later
 * schema change adds a task with the next version that migrates and then moves data (AO runs the
 * tasks above the stored version in order, once per cluster, before the plugin uses the tables).
 * Listed in the {@code <ao>} module of atlassian-plugin.xml.
 */
public final class SchemaUpgradeTask implements ActiveObjectsUpgradeTask {

    /** The model version this task brings the schema to. */
    public static final String VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(VERSION);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // Version 1 creates the tables; migrate() only adds what is missing, so it is safe on any earlier state.
        ao.migrate(StoreSchema.ENTITIES.toArray(Class[]::new));
    }
}
