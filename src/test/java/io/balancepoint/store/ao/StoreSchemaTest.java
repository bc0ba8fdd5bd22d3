package io.balancepoint.store.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.TestDatabase;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The schema AO generates is the one Jira would generate, and stays within every supported database's limits. */
class StoreSchemaTest {

    /** Oracle's identifier limit, which Jira's AO enforces for every database. */
    private static final int MAX_NAME = 30;

    abstract static class Contract extends DatabaseTest {

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        @Test
        void tablesHaveJiraNames() throws SQLException {
            assertThat(upper(target().balancePointTables())).containsExactlyInAnyOrder(
                    "AO_A20EDB_COST_LINE",
                    "AO_A20EDB_TICKET_FACTS",
                    "AO_A20EDB_ROLLUP",
                    "AO_A20EDB_ROUTING_DECISION",
                    "AO_A20EDB_SETTINGS_DOC",
                    "AO_A20EDB_SETTINGS_REV",
                    "AO_A20EDB_AUDIT_ENTRY",
                    "AO_A20EDB_JOB_STATE",
                    "AO_A20EDB_TICKET_SYNC",
                    "AO_A20EDB_RFM_SCORE");
        }

        @Test
        void costLineColumnsHaveJiraNames() throws SQLException {
            assertThat(upper(target().columns(table("AO_A20EDB_COST_LINE")))).containsExactlyInAnyOrder(
                    "ID", "ISSUE_ID", "PROJECT_KEY", "SOURCE_KEY", "CATEGORY", "AMOUNT", "CURRENCY", "QUANTITY",
                    "UNIT", "RATE_APPLIED", "RATE_SOURCE", "OCCURRED_AT", "ESTIMATED", "NOTE", "AUTHOR_KEY");
        }

        @Test
        void ticketFactsHaveAVersionAndOneCostColumnPerCategory() throws SQLException {
            assertThat(upper(target().columns(table("AO_A20EDB_TICKET_FACTS")))).contains(
                    "ISSUE_ID", "ROW_VERSION", "RESOLVED_AT", "FCR_STATUS", "TOTAL_COST", "COST_LABOUR", "COST_CONTACT",
                    "COST_OVERHEAD", "COST_COMPENSATION", "COST_MATERIAL", "COST_OUTSOURCING", "COST_OTHER",
                    "FIRST_RESPONSE_MS", "RESOLUTION_MS", "CSAT");
        }

        @Test
        void rollupsHaveOneColumnPerAdditiveMeasure() throws SQLException {
            assertThat(upper(target().columns(table("AO_A20EDB_ROLLUP")))).containsExactlyInAnyOrder(
                    "ID", "KEY_HASH", "WRITE_TOKEN", "PROJECT_KEY", "GRAIN", "RESOLVED_DAY", "DIM_NAME", "DIM_VALUE", "CURRENCY",
                    "TICKETS", "RESOLVED", "REAL_RESOLUTIONS", "FCR_APPLICABLE", "FCR_COUNT", "FCR_PROVISIONAL",
                    "AGENT_CONTACTS", "FOLLOW_UPS", "REOPENS", "LABOUR_SECONDS", "LABOUR_TICKETS",
                    "LABOUR_ESTIMATED_TICKETS", "FIRST_RESPONSE_SECONDS", "FIRST_RESPONSES", "RESOLUTION_SECONDS",
                    "CSAT_SUM", "CSAT_COUNT", "TOTAL_COST", "COST_LABOUR", "COST_CONTACT", "COST_OVERHEAD",
                    "COST_COMPENSATION", "COST_MATERIAL", "COST_OUTSOURCING", "COST_OTHER");
        }

        @Test
        void dashboardReadsHaveIndexesLeadingWithProjectAndTime() throws SQLException {
            // RollupStore.read: PROJECT_KEY = ? AND DIM_NAME = ? AND RESOLVED_DAY between;
            // FactsStore.forEachResolvedBetween: PROJECT_KEY = ? AND RESOLVED_AT between.
            assertThat(indexColumns(table("AO_A20EDB_ROLLUP"))).contains(List.of("PROJECT_KEY", "DIM_NAME", "GRAIN", "RESOLVED_DAY"));
            assertThat(indexColumns(table("AO_A20EDB_TICKET_FACTS"))).contains(List.of("PROJECT_KEY", "RESOLVED_AT", "LABOUR_SECONDS"));
        }

        @Test
        void everyNameFitsOracleLimitsAndIsNoReservedWord() throws Exception {
            Set<String> reserved = reservedWords();
            List<String> names = new ArrayList<>();
            for (String table : target().balancePointTables()) {
                names.add(table);
                names.addAll(target().columns(table));
                names.addAll(indexNames(table));
            }

            assertThat(indexNames(table("AO_A20EDB_COST_LINE"))).as("indexes are checked too").hasSizeGreaterThanOrEqualTo(2);
            assertThat(names).hasSizeGreaterThan(100)
                    .allSatisfy(name -> assertThat(name.length()).as(name).isLessThanOrEqualTo(MAX_NAME))
                    .allSatisfy(name -> assertThat(reserved).as(name).doesNotContain(name.toUpperCase(Locale.ROOT)));
        }

        @Test
        void entityNamesAreShort() throws SQLException {
            assertThat(target().balancePointTables())
                    .allSatisfy(t -> assertThat(t.length() - AoNamespace.TABLE_PREFIX.length()).as(t).isLessThanOrEqualTo(16));
        }

        private String table(String upperName) throws SQLException {
            return target().balancePointTables().stream()
                    .filter(t -> t.equalsIgnoreCase(upperName)).findFirst().orElseThrow();
        }

        /** The columns of each of the table's own indexes, in index order, upper case. */
        private List<List<String>> indexColumns(String table) throws SQLException {
            Map<String, TreeMap<Integer, String>> byIndex = new TreeMap<>();
            try (Connection c = DriverManager.getConnection(target().url(), target().user(), target().password());
                 ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null && name.toLowerCase(Locale.ROOT).startsWith("index_")) {
                        byIndex.computeIfAbsent(name, n -> new TreeMap<>())
                                .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            return byIndex.values().stream().map(columns -> List.copyOf(columns.values())).toList();
        }

        private List<String> indexNames(String table) throws SQLException {
            List<String> names = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(target().url(), target().user(), target().password());
                 ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    // Databases name primary-key and constraint indexes themselves (SYS_IDX_…, PRIMARY).
                    if (name != null && name.toLowerCase(Locale.ROOT).startsWith("index_")) {
                        names.add(name);
                    }
                }
            }
            return names;
        }
    }

    private static List<String> upper(List<String> names) {
        return names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
    }

    /** The reserved words AO knows for the databases Jira supports (and HSQLDB). */
    @SuppressWarnings("unchecked")
    private static Set<String> reservedWords() throws ReflectiveOperationException {
        Set<String> words = new HashSet<>();
        for (Class<?> provider : List.of(OracleDatabaseProvider.class, PostgreSQLDatabaseProvider.class,
                MySQLDatabaseProvider.class, SQLServerDatabaseProvider.class, HSQLDatabaseProvider.class)) {
            Field field = provider.getDeclaredField("RESERVED_WORDS");
            field.setAccessible(true);
            words.addAll((Set<String>) field.get(null));
        }
        assertThat(words).contains("SELECT", "NUMBER", "ROWID");
        return words;
    }

    @Test
    void entityListIsComplete() {
        assertThat(StoreSchema.ENTITIES).hasSize(10).doesNotHaveDuplicates();
    }

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.HSQLDB;
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.POSTGRESQL;
        }
    }

    @Nested
    class OnMariadb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.MARIADB;
        }
    }
}
