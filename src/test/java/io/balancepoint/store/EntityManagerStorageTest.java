package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.ProbeEntity;
import io.balancepoint.store.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityManagerStorageTest {

    abstract static class Contract extends DatabaseTest {

        private AoStorage storage;

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return List.of(ProbeEntity.class);
        }

        @BeforeEach
        void setUp() {
            storage = new EntityManagerStorage(manager());
        }

        @Test
        void transactionCommitsAllItsWrites() {
            storage.inTransaction(() -> {
                storage.create(ProbeEntity.class, probe("a", 1));
                storage.create(ProbeEntity.class, probe("b", 1));
                return null;
            });

            assertThat(storage.count(ProbeEntity.class, Query.select().where("ISSUE_ID = ?", 1L))).isEqualTo(2);
        }

        @Test
        void failureRollsBackEveryWriteOfTheTransaction() {
            storage.create(ProbeEntity.class, probe("before", 7));

            assertThatThrownBy(() -> storage.inTransaction(() -> {
                storage.create(ProbeEntity.class, probe("a", 7));
                storage.deleteWhere(ProbeEntity.class, "CODE = ?", "before");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

            assertThat(codes(7)).containsExactly("before");
        }

        @Test
        void nestedTransactionJoinsTheOuterOne() {
            assertThatThrownBy(() -> storage.inTransaction(() -> {
                storage.create(ProbeEntity.class, probe("outer", 3));
                storage.inTransaction(() -> storage.create(ProbeEntity.class, probe("inner", 3)));
                throw new IllegalStateException("outer fails after the inner one finished");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(codes(3)).isEmpty();
        }

        @Test
        void uniqueViolationIsAStorageExceptionThatMayBeRetried() {
            storage.create(ProbeEntity.class, probe("same", 1));

            assertThatThrownBy(() -> storage.inTransaction(() -> storage.create(ProbeEntity.class, probe("same", 2))))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(StorageFailures.isRetryable(e)).isTrue())
                    .satisfies(e -> assertThat(StorageFailures.sqlState(e)).hasValueSatisfying(s -> assertThat(s).startsWith("23")));
        }

        @Test
        void batchInsertStreamCountAndDeleteWhere() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                rows.add(probe("row" + i, 5));
            }
            storage.inTransaction(() -> {
                storage.createAll(ProbeEntity.class, rows);
                return null;
            });

            List<String> streamed = new ArrayList<>();
            storage.stream(ProbeEntity.class, Query.select("ID, CODE, ISSUE_ID").where("ISSUE_ID = ?", 5L).order("CODE"),
                    p -> streamed.add(p.getCode()));

            assertThat(streamed).hasSize(25).startsWith("row0", "row1", "row10");
            assertThat(storage.deleteWhere(ProbeEntity.class, "ISSUE_ID = ? AND CODE LIKE ?", 5L, "row1%")).isEqualTo(11);
            assertThat(storage.count(ProbeEntity.class, Query.select().where("ISSUE_ID = ?", 5L))).isEqualTo(14);
        }

        @Test
        void foundEntitiesAreLiveAndSave() {
            storage.create(ProbeEntity.class, probe("x", 9));
            ProbeEntity found = storage.find(ProbeEntity.class, Query.select().where("CODE = ?", "x"))[0];
            found.setLabel("changed");
            found.save();

            assertThat(storage.find(ProbeEntity.class, Query.select().where("CODE = ?", "x"))[0].getLabel()).isEqualTo("changed");
            storage.delete(found);
            assertThat(codes(9)).isEmpty();
        }

        private List<String> codes(long issueId) {
            List<String> codes = new ArrayList<>();
            for (ProbeEntity p : storage.find(ProbeEntity.class, Query.select().where("ISSUE_ID = ?", issueId).order("CODE"))) {
                codes.add(p.getCode());
            }
            return codes;
        }

        private static Map<String, Object> probe(String code, long issueId) {
            Map<String, Object> row = new HashMap<>();
            row.put("CODE", code);
            row.put("LABEL", "label of " + code);
            row.put("ISSUE_ID", issueId);
            return row;
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
