package io.balancepoint.workbench;

import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.ao.EntityManagers;
import io.balancepoint.store.ao.StoreSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.EntityManager;

/**
 * The workbench's embedded database: an HSQLDB file database in the data directory, opened through
 * a pooled Active Objects entity manager with Jira's table naming and the product schema migrated.
 * Tables are CACHED (rows on disk, a bounded cache in memory) so a large desk neither fills the heap
 * nor turns every checkpoint into a rewrite of the whole database as SQL script. MVCC at READ
 * COMMITTED, as the stores expect of Jira's databases. Only one process can open a data directory:
 * HSQLDB's lock file refuses a second one.
 */
public final class WorkbenchDatabase implements AutoCloseable {

    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private final EntityManager manager;
    private final AoStorage storage;
    private final String url;

    private WorkbenchDatabase(EntityManager manager, String url) {
        this.manager = manager;
        this.url = url;
        this.storage = new EntityManagerStorage(manager);
    }

    /** Opens (creating when missing) the database under {@code dataDirectory} and migrates the product schema. */
    public static WorkbenchDatabase open(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
        String url = "jdbc:hsqldb:file:" + dataDirectory.toAbsolutePath().resolve("db").resolve("balance-point")
                + ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc;hsqldb.lock_file=true";
        EntityManager manager = EntityManagers.pooled(url, "SA", "");
        WorkbenchDatabase database = new WorkbenchDatabase(manager, url);
        try {
            database.storage.migrate(StoreSchema.ENTITIES);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public EntityManager manager() {
        return manager;
    }

    public AoStorage storage() {
        return storage;
    }

    /**
     * A plain JDBC connection to the same database, for the workbench's own tables; close it after
     * use. Not one of AO's: AO's connections follow its own transaction and auto-commit handling.
     * In-process HSQLDB connections are cheap, so these are not pooled.
     */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "SA", "");
    }

    /** Writes everything to the files (HSQLDB's SHUTDOWN) and closes the pool. */
    @Override
    public void close() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already shut down, or never opened: nothing is left to write.
        }
        manager.getProvider().dispose();
    }
}
