package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.money.Money;
import io.balancepoint.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditStoreTest {

    static final Instant T0 = Instant.parse("2026-04-01T08:00:00.007Z");

    static AuditEntry entry(int minute, String subject) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("from", "2026-01-01");
        details.put("ticketsChanged", minute);
        return new AuditEntry(T0.plusSeconds(60L * minute), "admin", AuditAction.RECALCULATION, subject, details,
                Money.of("1000.10", "EUR"), Money.of("1042.4150", "EUR"));
    }

    @Test
    void totalsInTwoCurrenciesAreRejected() {
        assertThatThrownBy(() -> new AuditEntry(T0, "a", AuditAction.RECALCULATION, "s", null,
                Money.of("1", "EUR"), Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    abstract static class Contract extends StoreSuite {

        @Test
        void anEntryComesBackExactlyAsAppended() {
            AuditStore store = new AuditStore(node().storage());
            AuditEntry entry = entry(3, "2026-01-01..2026-02-01");

            long id = store.append(entry);

            assertThat(store.page(0, 10)).containsExactly(new AuditRecord(id, entry));
            AuditEntry read = store.page(0, 1).get(0).entry();
            assertThat(read.totalAfter().amount()).isEqualTo(new BigDecimal("1042.4150")).hasScaleOf(4);
            assertThat(read.details().get("ticketsChanged").asInt()).isEqualTo(3);
        }

        @Test
        void entriesWithoutMoneyOrActorAreKept() {
            AuditStore store = new AuditStore(node().storage());
            AuditEntry entry = new AuditEntry(T0, null, AuditAction.ROLLUP_REBUILD, null, null, null, null);

            store.append(entry);

            assertThat(store.page(0, 1)).singleElement().satisfies(r -> {
                assertThat(r.entry()).isEqualTo(entry);
                assertThat(r.entry().details().isEmpty()).isTrue();
            });
        }

        @Test
        void pagesAreNewestFirstAndTieOnTheSameMillisecondByInsertionOrder() {
            AuditStore store = new AuditStore(node().storage());
            // Appended out of time order; two share a millisecond.
            store.append(entry(2, "b"));
            store.append(entry(0, "a"));
            store.append(entry(5, "d"));
            store.append(entry(5, "e"));
            store.append(entry(3, "c"));

            assertThat(store.count()).isEqualTo(5);
            assertThat(subjects(store.page(0, 2))).containsExactly("e", "d");
            assertThat(subjects(store.page(2, 2))).containsExactly("c", "b");
            assertThat(subjects(store.page(4, 2))).containsExactly("a");
            assertThat(store.page(5, 2)).isEmpty();
        }

        @Test
        void pageBoundsAreChecked() {
            AuditStore store = new AuditStore(node().storage());
            assertThatThrownBy(() -> store.page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.page(0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.page(0, AuditStore.MAX_PAGE + 1)).isInstanceOf(IllegalArgumentException.class);
        }

        private static List<String> subjects(List<AuditRecord> records) {
            return records.stream().map(r -> r.entry().subject()).toList();
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
