package io.balancepoint.store.testing;

import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.store.ao.EntityManagers;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** One database a test class works on: opens entity managers ("nodes") and resets the Balance Point schema. */
public record DatabaseTarget(TestDatabase database, String url, String user, String password) {

    /**
     * A new entity manager with its own connections, as another cluster node would have. Do not
     * dispose it: on HSQLDB that shuts down the in-memory database the test class shares.
     */
    public EntityManager openNode() {
        return EntityManagers.withJiraNaming(url, user, password);
    }

    /** Drops every Balance Point table, then lets AO create the given entities' tables from scratch. */
    @SuppressWarnings("unchecked")
    public void resetSchema(EntityManager manager, List<Class<? extends RawEntity<?>>> entities) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            try (Statement statement = connection.createStatement()) {
                for (String table : balancePointTables(connection.getMetaData())) {
                    statement.execute("DROP TABLE " + quote + table + quote + cascade());
                }
            }
        }
        manager.migrate(entities.toArray(Class[]::new));
    }

    /** Names of the existing tables with the Balance Point prefix, in any letter case. */
    public List<String> balancePointTables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return balancePointTables(connection.getMetaData());
        }
    }

    /** Column names of one table as the database reports them. */
    public List<String> columns(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, table, null)) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
            return names;
        }
    }

    private List<String> balancePointTables(DatabaseMetaData metaData) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = metaData.getTables(metaData.getConnection().getCatalog(), null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith(AoNamespace.TABLE_PREFIX)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private String cascade() {
        return database == TestDatabase.MARIADB ? "" : " CASCADE";
    }
}
