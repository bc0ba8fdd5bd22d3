package io.balancepoint.store.testing;

import io.balancepoint.store.AoStorage;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.CustomerRequestScan;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RecalculationScope;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketWriter;
import java.time.ZoneId;
import net.java.ao.EntityManager;

/** Every store of one cluster node, on one storage, for tests outside the store package. */
public record StoreNode(AoStorage storage, LedgerStore ledger, FactsStore facts, RollupStore rollups, TicketWriter writer,
                        TicketSyncStore sync, SettingsStore settings, AuditStore audit, JobStateStore jobs,
                        RfmScoreStore rfm, RecalculationScope scope, CustomerRequestScan requests) {

    public static StoreNode on(EntityManager manager, ZoneId zone) {
        return on(new EntityManagerStorage(manager), zone);
    }

    public static StoreNode on(AoStorage storage, ZoneId zone) {
        LedgerStore ledger = new LedgerStore(storage);
        FactsStore facts = new FactsStore(storage);
        RollupStore rollups = new RollupStore(storage, zone);
        return new StoreNode(storage, ledger, facts, rollups,
                new TicketWriter(storage, ledger, facts, rollups, TicketWriter.DEFAULT_MAX_ATTEMPTS),
                new TicketSyncStore(storage), new SettingsStore(storage), new AuditStore(storage),
                new JobStateStore(storage), new RfmScoreStore(storage), new RecalculationScope(storage),
                new CustomerRequestScan(storage));
    }
}
