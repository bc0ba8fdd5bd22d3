package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.store.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The many-rows-at-once operations of the stores that {@link TicketWriter#writeAll} builds on. */
class BatchStoresTest {

    abstract static class Contract extends StoreSuite {

        @Test
        void factsOfManyIssuesAreReadAndReplacedBeyondOneInList() {
            FactsStore facts = node().facts();
            int count = 2 * Criteria.MAX_TERMS + 3;
            List<FactsStore.Claim> first = new ArrayList<>();
            for (long issue = 1; issue <= count; issue++) {
                first.add(new FactsStore.Claim(resolved(issue, "10"), FactsStore.ABSENT));
            }
            facts.putAll(first);
            List<FactsStore.Claim> second = first.stream()
                    .map(c -> new FactsStore.Claim(resolved(c.facts().issueId(), "20"), 1)).toList();

            facts.putAll(second);

            List<Long> asked = LongStream.rangeClosed(0, count + 5).boxed().toList();
            Map<Long, VersionedFacts> found = facts.getAll(asked);
            assertThat(found).hasSize(count).doesNotContainKeys(0L, (long) count + 1);
            assertThat(found.get((long) count)).isEqualTo(new VersionedFacts(resolved(count, "20"), 2));
            assertThat(found.values()).allSatisfy(v -> assertThat(v.version()).isEqualTo(2));
        }

        @Test
        void oneStaleClaimAmongManyWritesNone() {
            FactsStore facts = node().facts();
            facts.putAll(List.of(new FactsStore.Claim(resolved(1, "10"), FactsStore.ABSENT),
                    new FactsStore.Claim(resolved(2, "10"), FactsStore.ABSENT),
                    new FactsStore.Claim(resolved(3, "10"), FactsStore.ABSENT)));
            facts.put(resolved(2, "15"), 1);

            assertThatThrownBy(() -> facts.putAll(List.of(new FactsStore.Claim(resolved(1, "30"), 1),
                    new FactsStore.Claim(resolved(2, "30"), 1), new FactsStore.Claim(resolved(3, "30"), 1),
                    new FactsStore.Claim(resolved(4, "30"), FactsStore.ABSENT))))
                    .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("1 of 3 issues");

            assertThat(facts.getAll(List.of(1L, 2L, 3L, 4L))).containsExactlyInAnyOrderEntriesOf(Map.of(
                    1L, new VersionedFacts(resolved(1, "10"), 1),
                    2L, new VersionedFacts(resolved(2, "15"), 2),
                    3L, new VersionedFacts(resolved(3, "10"), 1)));
        }

        @Test
        void twoClaimsOfOneIssueAreRefused() {
            FactsStore facts = node().facts();

            assertThatThrownBy(() -> facts.putAll(List.of(new FactsStore.Claim(resolved(1, "10"), FactsStore.ABSENT),
                    new FactsStore.Claim(resolved(1, "20"), FactsStore.ABSENT))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue 1");
            assertThatThrownBy(() -> new FactsStore.Claim(resolved(1, "10"), -1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(facts.get(1)).isEmpty();
        }

        @Test
        void changesAppliedTogetherLeaveTheRollupsThatAppliedOneByOneLeave() throws SQLException {
            List<RollupStore.Change> changes = new ArrayList<>();
            Random random = new Random(3);
            TicketFacts[] current = new TicketFacts[13];
            for (int step = 0; step < 120; step++) {
                int issue = 1 + random.nextInt(12);
                TicketFacts next = random.nextInt(8) == 0 ? null : StoreFixtures.randomFacts(random, issue);
                changes.add(new RollupStore.Change(current[issue], next));
                current[issue] = next;
            }
            // Tickets that swap keys: their deltas cancel in the sum, and a row that reaches zero is deleted.
            TicketFacts onMonday = resolved(50, "5");
            TicketFacts onTuesday = StoreFixtures.facts(50, "SD", StoreFixtures.RESOLVED.plus(Duration.ofDays(1)),
                    "Password reset", "email", "GOLD", "L1", "bob", "5", 4, FcrStatus.FCR);
            RollupStore rollups = node().rollups();
            rollups.applyChanges(List.of(new RollupStore.Change(null, onMonday)));
            changes.add(new RollupStore.Change(onMonday, onTuesday));
            changes.add(new RollupStore.Change(null, resolved(51, "5")));

            for (RollupStore.Change change : changes) {
                rollups.applyChange(change.before(), change.after());
            }
            List<RollupRow> oneByOne = rollups.readAll();
            emptyStore();
            rollups.applyChanges(List.of(new RollupStore.Change(null, onMonday)));
            rollups.applyChanges(changes);

            assertThat(rollups.readAll()).hasSizeGreaterThan(5).isEqualTo(oneByOne);
        }

        @Test
        void aRollupChangedByAnotherWriterFailsTheWholeBatch() {
            RollupStore rollups = node().rollups();
            rollups.applyChange(null, resolved(1, "10"));
            List<RollupRow> before = rollups.readAll();
            // Between this writer's read and its delete, another writer replaces the row (new token).
            FailingStorage racing = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> {
                if (write.equals("deleteWhere RollupEntity")) {
                    otherNode().rollups().applyChange(null, resolved(2, "1"));
                }
                return null;
            });

            assertThatThrownBy(() -> new RollupStore(racing, ZONE).applyChanges(List.of(
                    new RollupStore.Change(null, resolved(3, "7")),
                    new RollupStore.Change(null, StoreFixtures.facts(4, "IT", StoreFixtures.RESOLVED, null, "chat",
                            null, "L2", "carol", "3", null, FcrStatus.NOT_FCR)))))
                    .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("12 of 12 rollups"); // day and month: total and one row per dimension

            assertThat(rollups.readAll()).hasSize(12).allSatisfy(row ->
                    assertThat(row.measures().tickets()).as("only the other writer's ticket was added")
                            .isEqualTo(before.get(0).measures().tickets() + 1));
        }

        @Test
        void streamedReadsSelectEveryColumnOfTheirTables() throws SQLException {
            assertThat(columnsOf("AO_A20EDB_COST_LINE")).isEqualTo(names(CostLineRows.ALL_COLUMNS));
            assertThat(columnsOf("AO_A20EDB_TICKET_FACTS")).isEqualTo(names(TicketFactsRows.ALL_COLUMNS));
            assertThat(columnsOf("AO_A20EDB_ROLLUP")).isEqualTo(names(RollupColumns.ALL_COLUMNS));
        }

        private Set<String> columnsOf(String upperName) throws SQLException {
            String table = target().balancePointTables().stream().filter(t -> t.equalsIgnoreCase(upperName))
                    .findFirst().orElseThrow();
            return target().columns(table).stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        private static Set<String> names(String columns) {
            return Set.of(columns.split(",\\s*"));
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
