package io.balancepoint.store.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.ao.AoNamespace;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatabaseHarnessTest {

    @Test
    void tablePrefixIsDerivedFromTheNamespaceAsJiraDoes() {
        // md5("io.balancepoint") = a9c2aa4528a3ba76e296f01573a20edb
        assertThat(AoNamespace.tablePrefixOf("io.balancepoint")).isEqualTo("AO_A20EDB_");
        assertThat(AoNamespace.TABLE_PREFIX).isEqualTo("AO_A20EDB_");
    }

    abstract static class Contract extends DatabaseTest {

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return List.of(ProbeEntity.class);
        }

        @Test
        void createsTablesWithJiraNamesAndStoresRows() throws SQLException {
            assertThat(target().balancePointTables()).singleElement()
                    .satisfies(name -> assertThat(name).isEqualToIgnoringCase("AO_A20EDB_PROBE"));
            assertThat(target().columns(target().balancePointTables().get(0)))
                    .map(String::toUpperCase).containsExactlyInAnyOrder("ID", "LABEL", "ISSUE_ID", "CODE");

            manager().create(ProbeEntity.class, Map.<String, Object>of("CODE", "h", "LABEL", "hello", "ISSUE_ID", 10042L));

            ProbeEntity[] found = manager().find(ProbeEntity.class, "ISSUE_ID = ?", 10042L);
            assertThat(found).singleElement().satisfies(p -> assertThat(p.getLabel()).isEqualTo("hello"));
        }

        @Test
        void eachTestStartsWithEmptyTables() throws SQLException {
            assertThat(manager().count(ProbeEntity.class)).isZero();
            manager().create(ProbeEntity.class, Map.<String, Object>of("CODE", "l", "LABEL", "left behind", "ISSUE_ID", 1L));
        }
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
