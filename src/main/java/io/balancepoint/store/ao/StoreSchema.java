package io.balancepoint.store.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** Every Active Objects entity of Balance Point: what the plugin's {@code <ao>} module declares and upgrade tasks migrate. */
public final class StoreSchema {

    /** All entities, in a fixed order. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            CostLineEntity.class,
            TicketFactsEntity.class,
            RollupEntity.class,
            RoutingDecisionEntity.class,
            SettingsDocEntity.class,
            SettingsRevEntity.class,
            AuditEntryEntity.class,
            JobStateEntity.class,
            TicketSyncEntity.class,
            RfmScoreEntity.class);

    private StoreSchema() {
    }
}
