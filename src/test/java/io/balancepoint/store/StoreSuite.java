package io.balancepoint.store;

import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import net.java.ao.RawEntity;

/** Base of the store suites: the full Balance Point schema and one set of stores ("node 1"). */
abstract class StoreSuite extends DatabaseTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        return StoreSchema.ENTITIES;
    }

    /** A full set of stores on its own entity manager and connections, as one cluster node has. */
    record Node(AoStorage storage, LedgerStore ledger, FactsStore facts, RollupStore rollups, TicketWriter writer) {

        static Node on(AoStorage storage) {
            return on(storage, TicketWriter.DEFAULT_MAX_ATTEMPTS, TicketWriter.DEFAULT_BATCH_SIZE,
                    TicketWriter.DEFAULT_BATCH_ATTEMPTS);
        }

        /** Stores whose ticket writer has the given limits. */
        static Node on(AoStorage storage, int maxAttempts, int batchSize, int batchAttempts) {
            LedgerStore ledger = new LedgerStore(storage);
            FactsStore facts = new FactsStore(storage);
            RollupStore rollups = new RollupStore(storage, ZONE);
            return new Node(storage, ledger, facts, rollups,
                    new TicketWriter(storage, ledger, facts, rollups, maxAttempts, batchSize, batchAttempts));
        }
    }

    /** Stores on this test class's entity manager. */
    Node node() {
        return Node.on(new EntityManagerStorage(manager()));
    }

    /** Deletes every row of every table, as before each test. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void emptyStore() throws SQLException {
        for (Class<? extends RawEntity<?>> entity : entities()) {
            manager().deleteWithSQL((Class) entity, null);
        }
    }

    /** Stores on a new entity manager: separate connections, like a second node. */
    Node otherNode() {
        return Node.on(new EntityManagerStorage(target().openNode()));
    }
}
