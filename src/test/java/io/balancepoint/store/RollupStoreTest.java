package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.RESOLVED;
import static io.balancepoint.store.StoreFixtures.facts;
import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.money.Money;
import io.balancepoint.store.ao.RollupEntity;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.time.DateRange;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollupStoreTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final DateRange MARCH = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    abstract static class Contract extends StoreSuite {

        private RollupStore rollups;
        private FactsStore facts;

        @BeforeEach
        void setUp() {
            rollups = node().rollups();
            facts = node().facts();
        }

        @Test
        void ticketsOfOneKeyAreSummedInOneRow() {
            rollups.applyChange(null, resolved(1, "10.25"));
            rollups.applyChange(null, resolved(2, "4.75"));

            assertThat(rollups.readAll()).as("a day's and a month's rows").hasSize(2 * (1 + RollupKey.BROKEN_DOWN.size()));
            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.REQUEST_TYPE))).singleElement().satisfies(row -> {
                assertThat(row.key().day()).isEqualTo(MARCH_2);
                assertThat(row.key().value()).isEqualTo("Password reset");
                assertThat(row.measures().resolved()).isEqualTo(2);
                assertThat(row.measures().totalCost()).isEqualTo(Money.of("15", "EUR"));
                assertThat(row.measures().csatSum()).isEqualTo(8);
            });
        }

        @Test
        void everyMeasureSurvivesTheTable() {
            // Distinct values everywhere, so two swapped columns cannot go unnoticed.
            Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
            String[] amounts = {"1.1", "2.02", "3.003", "4", "5.5", "0.000006", "7000000.07"};
            for (CostCategory category : CostCategory.values()) {
                costs.put(category, Money.of(amounts[category.ordinal()], "EUR"));
            }
            FactMeasures measures = new FactMeasures(19, 18, 17, 16, 15, 14, Money.of("7000015.693006", "EUR"), costs,
                    13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3);
            RollupKey key = new RollupKey("SD", MARCH_2, Dimension.SUPPORT_TIER, "L2", measures.currency());

            node().storage().create(RollupEntity.class, RollupColumns.columns(key, measures, 1));

            assertThat(rollups.readAll()).containsExactly(new RollupRow(key, measures));
        }

        @Test
        void amountsReadBackCanonicalAfterDeltasOfAnyScale() {
            rollups.applyChange(null, resolved(1, "10.50"));
            rollups.applyChange(null, resolved(2, "0.500"));
            rollups.applyChange(resolved(1, "10.50"), null);

            assertThat(rollups.readAll()).hasSize(2 * (1 + RollupKey.BROKEN_DOWN.size()))
                    .allSatisfy(row -> assertThat(row.measures().totalCost().amount().toPlainString()).isEqualTo("0.5"));
        }

        @Test
        void aChangedTicketMovesFromItsOldKeyToItsNewOne() {
            TicketFacts before = resolved(1, "10");
            TicketFacts after = facts(1, "SD", RESOLVED.plus(Duration.ofDays(1)), "Password reset", "email", "GOLD", "L2",
                    "carol", "12", 5, FcrStatus.NOT_FCR);
            rollups.applyChange(null, resolved(2, "3"));
            rollups.applyChange(null, before);

            rollups.applyChange(before, after);

            List<RollupRow> rows = rollups.read(RollupQuery.totals("SD", MARCH));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).key().day()).isEqualTo(MARCH_2);
            assertThat(rows.get(0).measures()).isEqualTo(FactMeasures.of(resolved(2, "3")));
            assertThat(rows.get(1).key().day()).isEqualTo(MARCH_2.plusDays(1));
            assertThat(rows.get(1).measures()).isEqualTo(FactMeasures.of(after));
            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.AGENT))).extracting(r -> r.key().value())
                    .containsExactly("bob", "carol");
        }

        @Test
        void everyChangeOfAResolvedTicketGivesItsDayAndMonthTotalsNewTokens() {
            TicketFacts first = resolved(1, "10");
            TicketFacts other = facts(2, "SD", RESOLVED.plus(Duration.ofDays(3)), "VPN", "chat", "GOLD", "L1", "bob", "5", 4,
                    FcrStatus.FCR);
            rollups.applyChange(null, first);
            rollups.applyChange(null, other);
            LocalDate march5 = MARCH_2.plusDays(3);
            List<RollupStore.TotalToken> days = rollups.totalTokens("SD", MARCH, RollupGrain.DAY);
            List<RollupStore.TotalToken> months = rollups.totalTokens("SD", MARCH, RollupGrain.MONTH);
            assertThat(days).extracting(RollupStore.TotalToken::day).containsExactly(MARCH_2, march5);
            assertThat(months).extracting(RollupStore.TotalToken::day).containsExactly(MARCH.from());

            // A new customer changes no measure, and still stamps the ticket's day and month anew.
            TicketFacts newCustomer = withCustomer(first, "someone-else");
            assertThat(FactMeasures.of(newCustomer)).isEqualTo(FactMeasures.of(first));
            rollups.applyChange(first, newCustomer);

            List<RollupStore.TotalToken> daysAfter = rollups.totalTokens("SD", MARCH, RollupGrain.DAY);
            assertThat(daysAfter.get(0).token()).isNotEqualTo(days.get(0).token());
            assertThat(daysAfter.get(1)).as("another day's tickets did not change").isEqualTo(days.get(1));
            assertThat(rollups.totalTokens("SD", MARCH, RollupGrain.MONTH).get(0).token()).isNotEqualTo(months.get(0).token());
            assertThat(rollups.read(RollupQuery.totals("SD", MARCH))).extracting(RollupRow::measures)
                    .as("the measures stay").containsExactly(FactMeasures.of(first), FactMeasures.of(other));

            // Writing the same facts again (only cost lines changed) stamps nothing.
            rollups.applyChange(newCustomer, newCustomer);
            assertThat(rollups.totalTokens("SD", MARCH, RollupGrain.DAY)).isEqualTo(daysAfter);
            // Another project's change leaves SD's stamps alone.
            rollups.applyChange(null, facts(3, "IT", RESOLVED, "VPN", "chat", "GOLD", "L1", "bob", "5", 4, FcrStatus.FCR));
            assertThat(rollups.totalTokens("SD", MARCH, RollupGrain.DAY)).isEqualTo(daysAfter);
        }

        @Test
        void aTicketLeavingADayChangesThatDaysStampEvenWhenItsRowGoes() {
            TicketFacts only = resolved(1, "10");
            rollups.applyChange(null, only);
            List<RollupStore.TotalToken> before = rollups.totalTokens("SD", MARCH, RollupGrain.DAY);

            rollups.applyChange(only, facts(1, "SD", null, "Password reset", "email", "GOLD", "L1", null, "10", null, FcrStatus.OPEN));

            assertThat(before).hasSize(1);
            assertThat(rollups.totalTokens("SD", MARCH, RollupGrain.DAY)).isEmpty();
        }

        @Test
        void rowsThatDropToZeroAreDeletedAndReopenedTicketsLeave() {
            TicketFacts resolved = resolved(1, "10");
            TicketFacts reopened = facts(1, "SD", null, "Password reset", "email", "GOLD", "L1", null, "10", null, FcrStatus.OPEN);
            rollups.applyChange(null, resolved);

            rollups.applyChange(resolved, reopened);

            assertThat(rollups.readAll()).isEmpty();
        }

        @Test
        void readsSelectTheProjectDaysDimensionAndValues() {
            rollups.applyChange(null, resolved(1, "1"));
            rollups.applyChange(null, facts(2, "SD", RESOLVED, "VPN", "portal", "BASIC", "L1", "bob", "2", null, FcrStatus.FCR));
            rollups.applyChange(null, facts(3, "SD", RESOLVED.plus(Duration.ofDays(40)), "VPN", "portal", "BASIC", "L1", "bob", "3", null, FcrStatus.FCR));
            rollups.applyChange(null, facts(4, "IT", RESOLVED, "VPN", "portal", "BASIC", "L1", "bob", "4", null, FcrStatus.FCR));

            assertThat(rollups.read(RollupQuery.totals("SD", MARCH))).singleElement()
                    .satisfies(r -> assertThat(r.measures().totalCost()).isEqualTo(Money.of("3", "EUR")));
            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.REQUEST_TYPE))).hasSize(2);
            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.REQUEST_TYPE).withValues(Set.of("VPN"))))
                    .singleElement().satisfies(r -> assertThat(r.measures().totalCost()).isEqualTo(Money.of("2", "EUR")));
            assertThat(rollups.read(RollupQuery.by("SD", DateRange.startingOn(MARCH_2), Dimension.CHANNEL).withValues(Set.of("portal"))))
                    .hasSize(2);
            assertThat(rollups.read(RollupQuery.totals("SD", new DateRange(MARCH_2.plusDays(1), MARCH_2.plusDays(60))))).hasSize(1);
            assertThat(rollups.read(RollupQuery.totals("SD", new DateRange(MARCH_2, MARCH_2.plusDays(1))))).hasSize(1);
            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.AGENT).withValues(Set.of("nobody")))).isEmpty();
            assertThat(rollups.read(RollupQuery.by("IT", MARCH, Dimension.AGENT))).singleElement()
                    .satisfies(r -> assertThat(r.key().value()).isEqualTo("bob"));
        }

        @Test
        void readsOfManyValuesAreSplitIntoBoundedInLists() {
            rollups.applyChange(null, facts(1, "SD", RESOLVED, "VPN", "portal", "BASIC", "L1", "agent-7", "2", null, FcrStatus.FCR));
            Set<String> agents = IntStream.range(0, 3 * Criteria.MAX_TERMS).mapToObj(i -> "agent-" + i).collect(Collectors.toSet());

            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.AGENT).withValues(agents))).singleElement()
                    .satisfies(r -> assertThat(r.key().value()).isEqualTo("agent-7"));
        }

        @Test
        void theNumberOfRowsDependsOnDaysAndValuesNotOnTickets() {
            List<RollupStore.Change> changes = new ArrayList<>();
            for (int id = 1; id <= 300; id++) {
                changes.add(new RollupStore.Change(null, facts(id, "SD", RESOLVED.plus(Duration.ofDays(id % 3)), "RT" + id % 2,
                        "email", "GOLD", "L" + id % 2, "agent-" + id % 5, "1", null, FcrStatus.FCR)));
            }
            rollups.applyChanges(changes);

            // per day, and once more for their month: 1 total + 2 request types + 1 channel + 1 customer tier
            // + 2 support tiers + 5 agents
            assertThat(rollups.readAll()).hasSize((3 + 1) * (1 + 2 + 1 + 1 + 2 + 5));
            assertThat(rollups.read(RollupQuery.totals("SD", MARCH))).extracting(r -> r.measures().resolved())
                    .containsExactly(100L, 100L, 100L);
        }

        @Test
        void monthRowsHoldTheSumOfTheirMonthsDayRows() {
            List<RollupStore.Change> changes = new ArrayList<>();
            for (int id = 1; id <= 40; id++) {
                changes.add(new RollupStore.Change(null, facts(id, "SD", RESOLVED.plus(Duration.ofDays(id)), "RT" + id % 3,
                        "email", "GOLD", "L1", "agent-" + id % 4, String.valueOf(id), null, FcrStatus.FCR)));
            }
            rollups.applyChanges(changes);
            DateRange marchToMay = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));

            List<RollupRow> months = rollups.read(RollupQuery.by("SD", marchToMay, Dimension.AGENT).at(RollupGrain.MONTH));
            List<RollupRow> days = rollups.read(RollupQuery.by("SD", marchToMay, Dimension.AGENT));

            assertThat(months).hasSize(2 * 4).allSatisfy(r -> assertThat(r.key().grain()).isEqualTo(RollupGrain.MONTH));
            assertThat(days).allSatisfy(r -> assertThat(r.key().grain()).isEqualTo(RollupGrain.DAY));
            for (RollupRow month : months) {
                FactMeasures summedDays = days.stream()
                        .filter(d -> d.key().day().withDayOfMonth(1).equals(month.key().day()) && d.key().value().equals(month.key().value()))
                        .map(RollupRow::measures).reduce(FactMeasures.zero(month.measures().currency()), FactMeasures::plus);
                assertThat(month.measures()).as(month.key().toString()).isEqualTo(summedDays);
            }
            assertThatThrownBy(() -> RollupQuery.totals("SD", DateRange.startingOn(MARCH_2)).at(RollupGrain.MONTH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole months");
        }

        @Test
        void ticketsWithoutAValueShareTheNoValueRow() {
            rollups.applyChange(null, facts(1, "SD", RESOLVED, null, null, null, null, null, "1", null, FcrStatus.FCR));
            rollups.applyChange(null, facts(2, "SD", RESOLVED, null, null, null, null, null, "2", null, FcrStatus.FCR));
            rollups.applyChange(null, facts(3, "SD", RESOLVED, " ", null, null, null, null, "4", null, FcrStatus.FCR));

            assertThat(rollups.read(RollupQuery.by("SD", MARCH, Dimension.REQUEST_TYPE))).singleElement()
                    .satisfies(r -> assertThat(r.key().value()).isEqualTo(Dimension.NO_VALUE))
                    .satisfies(r -> assertThat(r.measures().resolved()).isEqualTo(3));
        }

        @Test
        void rebuildSumsTheStoredFacts() {
            TicketFacts a = resolved(1, "10");
            TicketFacts b = facts(2, "IT", RESOLVED, "VPN", "portal", null, null, null, "5", 3, FcrStatus.NOT_FCR);
            facts.put(a, FactsStore.ABSENT);
            facts.put(b, FactsStore.ABSENT);
            facts.put(facts(3, "SD", null, "VPN", "portal", null, null, null, "7", null, FcrStatus.OPEN), FactsStore.ABSENT);
            rollups.applyChange(null, resolved(99, "1000")); // stale: no such facts

            assertThat(rollups.rebuild(facts, Optional.of("SD"))).isEqualTo(12);
            assertThat(rollups.read(RollupQuery.totals("SD", MARCH))).extracting(RollupRow::measures)
                    .containsExactly(FactMeasures.of(a));
            assertThat(rollups.read(RollupQuery.totals("IT", MARCH))).isEmpty();

            assertThat(rollups.rebuild(facts, Optional.empty())).isEqualTo(24);
            assertThat(rollups.read(RollupQuery.totals("IT", MARCH))).extracting(RollupRow::measures)
                    .containsExactly(FactMeasures.of(b));
        }
    }

    private static TicketFacts withCustomer(TicketFacts f, String customerKey) {
        return new TicketFacts(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(), f.channel(), f.priority(), customerKey,
                f.organisation(), f.customerTier(), f.supportTier(), f.created(), f.resolvedAt(), f.resolution(), f.realResolution(),
                f.resolvedBy(), f.totalCost(), f.costByCategory(), f.labourSeconds(), f.labourEstimated(), f.agentContacts(),
                f.customerFollowUps(), f.reopenCount(), f.firstResponse(), f.resolutionTime(), f.csat(), f.fcrStatus());
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
