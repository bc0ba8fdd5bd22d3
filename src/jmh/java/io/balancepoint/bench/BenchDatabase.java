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
 */
public enum BenchDatabase {
    hsqldb("jdbc:hsqldb:mem:bench;hsqldb.tx=mvcc", "SA", ""),
    postgresql("jdbc:postgresql://127.0.0.1:5432/balancepoint_bench?reWriteBatchedInserts=true", "postgres", "");

    private final String url;
    private final String user;
    private final String password;

    BenchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @SuppressWarnings("unchecked")
    EntityManager openEmpty() throws SQLException {
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        if (this == postgresql) {
            createPostgresDatabaseIfMissing();
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                s.execute("DROP TABLE \"" + table + "\"" + (this == postgresql ? " CASCADE" : ""));
            }
        }
        EntityManager manager = EntityManagers.pooled(url, user, password);
        manager.migrate(StoreSchema.ENTITIES.toArray(Class[]::new));
        return manager;
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

    private static void createPostgresDatabaseIfMissing() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'balancepoint_bench'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE balancepoint_bench");
            }
        }
    }
}
