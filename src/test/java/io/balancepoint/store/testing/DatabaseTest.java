package io.balancepoint.store.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every store test: one clean schema per test class on {@link #database()}, empty tables
 * before each test. A suite is written once as an abstract subclass and run on each database by
 * one {@code @Nested} subclass per database that only names it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {

    /** AO reads the isolation of its transactions from this system property (default SERIALIZABLE). */
    public static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    static {
        // Jira's databases run at READ COMMITTED, and so do the store tests (unless the run sets another
        // level): under AO's default SERIALIZABLE the database would hide lost updates that the stores
        // must prevent by themselves.
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }

    private Optional<String> unavailable = Optional.empty();
    private DatabaseTarget target;
    private EntityManager manager;

    /** The database this run of the suite uses. */
    protected abstract TestDatabase database();

    /** The entities whose tables the suite needs. */
    protected abstract List<Class<? extends RawEntity<?>>> entities();

    @BeforeAll
    final void createSchema() throws SQLException {
        unavailable = database().unavailability();
        if (unavailable.isPresent()) {
            // Skipped per test below, so reports count and explain every skipped test.
            System.err.println("SKIPPED " + getClass().getName() + ": " + unavailable.get());
            return;
        }
        target = database().newTarget();
        manager = target.openNode();
        target.resetSchema(manager, entities());
    }

    @BeforeEach
    final void emptyTables() throws SQLException {
        assumeTrue(unavailable.isEmpty(), () -> unavailable.get());
        for (Class<? extends RawEntity<?>> entity : entities()) {
            deleteAll(entity);
        }
    }

    @AfterAll
    final void closeDatabase() {
        if (manager != null) {
            manager.getProvider().dispose();
        }
    }

    /** The entity manager of this test class ("node 1"). */
    protected final EntityManager manager() {
        return manager;
    }

    /** The database of this test class, to open more nodes or inspect the schema. */
    protected final DatabaseTarget target() {
        return target;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class<? extends RawEntity<?>> entity) throws SQLException {
        manager.deleteWithSQL((Class) entity, null);
    }
}
