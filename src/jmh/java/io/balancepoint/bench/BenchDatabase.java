package io.balancepoint.bench;

import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.store.ao.EntityManagers;
import io.balancepoint.store.ao.StoreSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.EntityManager;

/**
 * The databases storage benchmarks run on: embedded HSQLDB (in memory) and the local PostgreSQL
 * (database {@code balancepoint_bench}, created when missing, never the tests' database). Each
 * open starts from empty Balance Point tables on a pooled entity manager, at READ COMMITTED as in Jira.
 * {@code postgresql_scratch} is a second PostgreSQL database ({@code balancepoint_scratch}) for the
 * long backfill run, so it neither waits for nor drops the generated dataset the query benchmarks reuse.
 */
public enum BenchDatabase {
    hsqldb("jdbc:hsqldb:mem:bench;hsqldb.tx=mvcc", null),
    postgresql("jdbc:postgresql://127.0.0.1:5432/balancepoint_bench?reWriteBatchedInserts=true", "balancepoint_bench"),
    postgresql_scratch("jdbc:postgresql://127.0.0.1:5432/balancepoint_scratch?reWriteBatchedInserts=true", "balancepoint_scratch");

    private final String url;
    private final String user;
    private final String password = "";
    /** The PostgreSQL database to create when missing; null for HSQLDB. */
    private final String postgresDatabase;

    BenchDatabase(String url, String postgresDatabase) {
        this.url = url;
        this.user = postgresDatabase == null ? "SA" : "postgres";
        this.postgresDatabase = postgresDatabase;
    }

    private boolean isPostgres() {
        return postgresDatabase != null;
    }

    @SuppressWarnings("unchecked")
    EntityManager openEmpty() throws SQLException {
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        if (isPostgres()) {
            createPostgresDatabaseIfMissing();
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            if (isPostgres()) {
                // the tables no longer hold a generated dataset (see openDataset)
                s.execute("DROP TABLE IF EXISTS bp_bench_dataset");
            }
            for (String table : tables(c)) {
                s.execute("DROP TABLE \"" + table + "\"" + (isPostgres() ? " CASCADE" : ""));
            }
        }
        EntityManager manager = EntityManagers.pooled(url, user, password);
        manager.migrate(StoreSchema.ENTITIES.toArray(Class[]::new));
        return manager;
    }

    /**
     * Opens the PostgreSQL benchmark database holding the {@link DatasetGenerator} dataset of
     * {@code projectTickets}: reused when the last generation (recorded in table {@code bp_bench_dataset},
     * which {@link #openEmpty} drops with the Balance Point tables) was of the same size and
     * generator version, else generated into empty tables and analysed. {@code -Dbench.regenerate=true}
     * forces a new generation.
     */
    @SuppressWarnings("unchecked")
    EntityManager openDataset(int projectTickets) throws SQLException {
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        if (!isPostgres()) {
            throw new IllegalStateException("the dataset generator writes with PostgreSQL COPY; run on postgresql");
        }
        createPostgresDatabaseIfMissing();
        String generation = DATASET_VERSION + ":" + projectTickets;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bp_bench_dataset (generation VARCHAR(100) NOT NULL)");
            boolean reuse;
            try (ResultSet rs = s.executeQuery("SELECT generation FROM bp_bench_dataset")) {
                reuse = rs.next() && rs.getString(1).equals(generation) && !Boolean.getBoolean("bench.regenerate");
            }
            if (reuse) {
                System.err.printf("%n[bench] reusing the generated dataset of %,d %s tickets%n", projectTickets, DatasetGenerator.PROJECT);
                EntityManager manager = EntityManagers.pooled(url, user, password);
                manager.migrate(StoreSchema.ENTITIES.toArray(Class[]::new));
                return manager;
            }
            EntityManager manager = openEmpty(); // drops the record of the last generation too
            DatasetGenerator.Dataset dataset = DatasetGenerator.generate(c, projectTickets);
            analyze();
            s.execute("CREATE TABLE bp_bench_dataset (generation VARCHAR(100) NOT NULL)");
            s.execute("INSERT INTO bp_bench_dataset VALUES ('" + generation + "')");
            System.err.printf("%n[bench] %s%n", dataset);
            return manager;
        }
    }

    /** Changes whenever the generator or the tables it fills change, so an older dataset is not reused. */
    private static final String DATASET_VERSION = "rated-fifth-1";

    /**
     * Gives the query planner statistics of the loaded tables, as autovacuum soon does on a live
     * database. Without them PostgreSQL plans reads of freshly created tables as sequential scans,
     * and a benchmark would measure the table size instead of the code. HSQLDB plans without statistics.
     */
    void analyze() throws SQLException {
        if (isPostgres()) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith(AoNamespace.TABLE_PREFIX)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private void createPostgresDatabaseIfMissing() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + postgresDatabase + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + postgresDatabase);
            }
        }
    }
}
