package io.balancepoint.store.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.Statement;
import java.util.Set;

/**
 * The databases the store suite runs on: embedded HSQLDB always; PostgreSQL and MariaDB when a
 * server answers at the CI address (otherwise their tests are skipped, with the reason).
 */
public enum TestDatabase {

    HSQLDB("HSQLDB 2.7 in memory", null, "SA", "") {
        @Override
        DatabaseTarget newTarget() {
            // A fresh named in-memory database per test class: a clean schema, shared by every
            // connection of this JVM to the same name (so two entity managers act as two nodes).
            // MVCC, like the server databases, instead of HSQLDB's default table locks.
            return new DatabaseTarget(this,
                    "jdbc:hsqldb:mem:bp" + SEQUENCE.incrementAndGet() + ";hsqldb.tx=mvcc", user, password);
        }
    },
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/" + RunDatabase.NAME, "postgres", "") {
        @Override
        String adminUrl() {
            return "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=2&socketTimeout=10";
        }

        @Override
        String dropStatement(String database) {
            return "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
        }
    },
    MARIADB("MariaDB", "jdbc:mariadb://127.0.0.1:3306/" + RunDatabase.NAME + "?nullDatabaseMeansCurrent=true", "root", "") {
        @Override
        String adminUrl() {
            return "jdbc:mariadb://127.0.0.1:3306/?connectTimeout=2000&socketTimeout=10000";
        }

        @Override
        String dropStatement(String database) {
            return "DROP DATABASE IF EXISTS " + database;
        }
    };

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int PROBE_TIMEOUT_MILLIS = 1500;

    final String label;
    final String url;
    final String user;
    final String password;

    TestDatabase(String label, String url, String user, String password) {
        this.label = label;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Where this suite's tables live; server databases are shared, so the schema is reset by the caller. */
    DatabaseTarget newTarget() {
        return new DatabaseTarget(this, url, user, password);
    }

    /** A connection to the server without this run's database (to create and drop it). */
    String adminUrl() {
        return url;
    }

    String dropStatement(String database) {
        throw new UnsupportedOperationException();
    }

    /** Empty when the database can be used; otherwise why not (for the skip message). */
    public Optional<String> unavailability() {
        if (url == null) {
            return Optional.empty();
        }
        URI address = URI.create(url.substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), PROBE_TIMEOUT_MILLIS);
        } catch (IOException e) {
            return Optional.of(label + " is not reachable at " + address.getHost() + ":" + address.getPort()
                    + " (" + e.getMessage() + "); its store tests are skipped");
        }
        try (Connection connection = DriverManager.getConnection(adminUrl(), user, password)) {
            if (!connection.isValid(2)) {
                return Optional.of(label + " accepted a connection that is not valid; its store tests are skipped");
            }
            RunDatabase.ensureCreated(this, connection);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(label + " answers but cannot be used as " + user + " on " + url
                    + " (" + e.getMessage() + "); its store tests are skipped");
        }
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * This test run's own database on each server, {@code bp_test_<pid>}: parallel runs on one
     * machine (several developers' builds, CI) never drop each other's tables. Created on first
     * use, dropped when the JVM exits; databases left behind by killed runs are dropped too.
     */
    static final class RunDatabase {

        static final String NAME = "bp_test_" + ProcessHandle.current().pid();
        // Not an EnumSet: this class initialises while TestDatabase is still initialising.
        private static final Set<TestDatabase> CREATED = new java.util.HashSet<>();

        private RunDatabase() {
        }

        static synchronized void ensureCreated(TestDatabase db, Connection admin) throws SQLException {
            if (CREATED.contains(db)) {
                return;
            }
            try (Statement statement = admin.createStatement()) {
                for (String stale : leftovers(admin)) {
                    statement.execute(db.dropStatement(stale));
                }
                statement.execute(db.dropStatement(NAME));
                statement.execute("CREATE DATABASE " + NAME);
            }
            CREATED.add(db);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(db.adminUrl(), db.user, db.password);
                     Statement statement = c.createStatement()) {
                    statement.execute(db.dropStatement(NAME));
                } catch (SQLException ignored) {
                    // Best effort: a later run drops leftovers of dead processes.
                }
            }));
        }

        /** Run databases whose process is gone. */
        private static java.util.List<String> leftovers(Connection admin) throws SQLException {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = admin.getMetaData().getCatalogs()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name != null && name.startsWith("bp_test_") && !name.equals(NAME)) {
                        String pid = name.substring("bp_test_".length());
                        if (pid.chars().allMatch(Character::isDigit) && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
            return names;
        }
    }
}
