package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.ticket.TicketStamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketSyncStoreTest {

    static final Instant T = Instant.parse("2026-03-02T10:00:00.250Z");

    static TicketSync sync(long id, long version, Instant recheckAt) {
        return new TicketSync(id, T, version, T.plusSeconds(5), 3, recheckAt);
    }

    @Test
    void aRecordIsCurrentOnlyForItsFactsVersionAndChangesUpToItsSourceTime() {
        TicketSync record = sync(1, 2, null);
        assertThat(record.isCurrent(new TicketStamp(1, T), 2L)).isTrue();
        assertThat(record.isCurrent(new TicketStamp(1, T.minusSeconds(1)), 2L)).isTrue();
        assertThat(record.isCurrent(new TicketStamp(1, T.plusMillis(1)), 2L)).as("changed since").isFalse();
        assertThat(record.isCurrent(new TicketStamp(1, T), 3L)).as("other facts").isFalse();
        assertThat(record.isCurrent(new TicketStamp(1, T), null)).as("no facts").isFalse();
        assertThat(record.isCurrent(new TicketStamp(2, T), 2L)).as("another ticket").isFalse();
    }

    abstract static class Contract extends StoreSuite {

        @Test
        void recordsAreReplacedReadByRangeAndRemoved() {
            TicketSyncStore store = new TicketSyncStore(node().storage());
            store.put(sync(1, 1, null));
            store.put(sync(2, 1, null));
            store.put(sync(2, 2, T.plusSeconds(60)));
            store.put(sync(9, 1, null));

            assertThat(store.get(2)).hasValue(sync(2, 2, T.plusSeconds(60)));
            assertThat(store.inRange(1, 9)).containsOnlyKeys(2L, 9L);
            assertThat(store.inRange(0, Long.MAX_VALUE)).containsOnlyKeys(1L, 2L, 9L);
            store.remove(2);
            assertThat(store.get(2)).isEmpty();
            assertThat(store.inRange(0, 5)).containsOnlyKeys(1L);
        }

        @Test
        void recheckIsDueOnceItsTimeHasComePagedById() {
            TicketSyncStore store = new TicketSyncStore(node().storage());
            for (long id = 1; id <= 5; id++) {
                store.put(sync(id, 1, id == 3 ? null : T.plusSeconds(id)));
            }
            assertThat(store.dueForRecheck(T.plusSeconds(4), 0, 10)).containsExactly(1L, 2L, 4L);
            assertThat(store.dueForRecheck(T.plusSeconds(9), 0, 2)).containsExactly(1L, 2L);
            assertThat(store.dueForRecheck(T.plusSeconds(9), 2, 2)).containsExactly(4L, 5L);
        }

        @Test
        void manyRecordsArePutInOneCallReplacingOldOnes() {
            TicketSyncStore store = new TicketSyncStore(node().storage());
            store.put(sync(2, 1, null));
            List<TicketSync> batch = new java.util.ArrayList<>();
            for (long id = 1; id <= 600; id++) {
                batch.add(sync(id, 2, id % 2 == 0 ? T.plusSeconds(id) : null));
            }

            store.putAll(batch);

            assertThat(store.inRange(0, Long.MAX_VALUE)).hasSize(600);
            assertThat(store.get(2)).hasValue(sync(2, 2, T.plusSeconds(2)));
            assertThat(store.get(599)).hasValue(sync(599, 2, null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.putAll(List.of(sync(1, 3, null), sync(1, 4, null))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.get(1)).as("a rejected call writes nothing").hasValue(sync(1, 2, null));
        }

        @Test
        void factsVersionsAreReadForARange() {
            Node node = node();
            node.writer().write(1, List.of(), StoreFixtures.resolved(1, "10"));
            node.writer().write(1, List.of(), StoreFixtures.resolved(1, "11"));
            node.writer().write(4, List.of(), StoreFixtures.resolved(4, "10"));
            TicketSyncStore store = new TicketSyncStore(node.storage());

            assertThat(store.factsVersionsInRange(0, Long.MAX_VALUE)).isEqualTo(Map.of(1L, 2L, 4L, 1L));
            assertThat(store.factsVersionsInRange(1, 4)).isEqualTo(Map.of(4L, 1L));
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
