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
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/" + serverDatabase(), "postgres", "") {
        @Override
        String probeUrl() {
            return url + "?connectTimeout=2&socketTimeout=10";
        }
    },
    MARIADB("MariaDB", "jdbc:mariadb://127.0.0.1:3306/" + serverDatabase() + "?nullDatabaseMeansCurrent=true", "root", "") {
        @Override
        String probeUrl() {
            return url + "&connectTimeout=2000&socketTimeout=10000";
        }
    };

    /**
     * Names the server database to use instead of {@code balancepoint_test} (it must exist), so that
     * runs from several checkouts on one machine do not drop each other's tables.
     */
    public static final String DATABASE_PROPERTY = "bp.test.database";

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

    private static String serverDatabase() {
        return System.getProperty(DATABASE_PROPERTY, "balancepoint_test");
    }

    /** Where this suite's tables live; server databases are shared, so the schema is reset by the caller. */
    DatabaseTarget newTarget() {
        return new DatabaseTarget(this, url, user, password);
    }

    String probeUrl() {
        return url;
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
        try (Connection connection = DriverManager.getConnection(probeUrl(), user, password)) {
            return connection.isValid(2) ? Optional.empty()
                    : Optional.of(label + " accepted a connection that is not valid; its store tests are skipped");
        } catch (SQLException e) {
            return Optional.of(label + " answers but cannot be used as " + user + " on " + url
                    + " (" + e.getMessage() + "); its store tests are skipped");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
