package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.money.Money;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FactsStoreTest {

    abstract static class Contract extends StoreSuite {

        private FactsStore facts;

        @BeforeEach
        void setUp() {
            facts = node().facts();
        }

        @Test
        void everyFieldRoundTripsExactly() {
            TicketFacts full = new TicketFacts(10042, "SD-42", "SD", "Password reset", "email", "High", "cust-7",
                    "ACME GmbH", "GOLD", "L2", Instant.parse("2026-03-02T08:15:30.123Z"),
                    Instant.parse("2026-03-03T10:00:00.001Z"), "Done", true, "agent-bob",
                    Money.of("104.1666666666666666666666666666667", "EUR"),
                    Map.of(CostCategory.LABOUR, Money.of("71.25", "EUR"),
                            CostCategory.CONTACT, Money.of("2.40", "EUR"),
                            CostCategory.OVERHEAD, Money.of("30.5166666666666666666666666666667", "EUR")),
                    5400, true, 2, 1, 3, Duration.ofMillis(2_520_001), Duration.ofHours(25).plusMillis(999), 5,
                    FcrStatus.PROVISIONAL);
            facts.put(full, FactsStore.ABSENT);

            assertThat(facts.get(10042)).hasValue(new VersionedFacts(full, 1));
            assertThat(facts.get(10042).orElseThrow().facts().totalCost().amount().scale()).isEqualTo(31);
        }

        @Test
        void nullsStayNullAndAbsentCategoriesStayAbsent() {
            TicketFacts sparse = new TicketFacts(7, "SD-7", "SD", null, null, null, null, null, null, null,
                    null, null, null, false, null, Money.of("0", "JPY"), Map.of(), 0, false, 0, 0, 0, null, null,
                    null, FcrStatus.OPEN);
            facts.put(sparse, FactsStore.ABSENT);

            assertThat(facts.get(7)).hasValue(new VersionedFacts(sparse, 1));
            assertThat(facts.get(8)).isEmpty();
        }

        @Test
        void eachWriteNeedsTheVersionItReplaces() {
            assertThat(facts.put(resolved(1, "10"), FactsStore.ABSENT)).isEqualTo(1);
            assertThat(facts.put(resolved(1, "20"), 1)).isEqualTo(2);

            assertThatThrownBy(() -> facts.put(resolved(1, "30"), 1))
                    .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("version 1");
            assertThat(facts.get(1).orElseThrow()).isEqualTo(new VersionedFacts(resolved(1, "20"), 2));
        }

        @Test
        void aSecondFirstWriteFailsRetryably() {
            facts.put(resolved(1, "10"), FactsStore.ABSENT);

            assertThatThrownBy(() -> facts.put(resolved(1, "99"), FactsStore.ABSENT))
                    .satisfies(e -> assertThat(StorageFailures.isRetryable(e)).isTrue());
            assertThat(facts.get(1).orElseThrow().facts().totalCost()).isEqualTo(Money.of("10", "EUR"));
        }

        @Test
        void deleteChecksTheVersionToo() {
            facts.put(resolved(1, "10"), FactsStore.ABSENT);

            assertThatThrownBy(() -> facts.delete(1, 5)).isInstanceOf(ConcurrentChangeException.class);
            facts.delete(1, 1);
            assertThat(facts.get(1)).isEmpty();
        }

        @Test
        void streamsResolvedFactsOfAProjectOrAll() {
            facts.put(resolved(1, "10"), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(2, "IT", StoreFixtures.RESOLVED, "VPN", "portal", null, null, "eve", "5",
                    null, FcrStatus.NOT_FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(3, "SD", null, "VPN", "portal", null, null, null, "1", null, FcrStatus.OPEN),
                    FactsStore.ABSENT);

            List<TicketFacts> sd = new ArrayList<>();
            facts.forEachResolved(Optional.of("SD"), sd::add);
            List<Long> all = new ArrayList<>();
            facts.forEachResolved(Optional.empty(), f -> all.add(f.issueId()));

            assertThat(sd).containsExactly(resolved(1, "10"));
            assertThat(all).containsExactlyInAnyOrder(1L, 2L);
        }

        @Test
        void streamsOneProjectsResolutionsInAHalfOpenWindow() {
            Instant t = StoreFixtures.RESOLVED; // 2026-03-02T16:40:00.456Z
            facts.put(StoreFixtures.facts(1, "SD", t.minusMillis(1), "VPN", "email", null, null, "bob", "1", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(2, "SD", t, "VPN", "email", null, null, "bob", "2", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(3, "SD", t.plusSeconds(3600), "VPN", "email", null, null, "bob", "3", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(4, "SD", t.plusSeconds(7200), "VPN", "email", null, null, "bob", "4", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(5, "IT", t, "VPN", "email", null, null, "bob", "5", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(6, "SD", null, "VPN", "email", null, null, null, "6", null, FcrStatus.OPEN), FactsStore.ABSENT);

            assertThat(resolvedBetween("SD", t, t.plusSeconds(7200))).containsExactlyInAnyOrder(2L, 3L);
            assertThat(resolvedBetween("SD", t.minusMillis(1), t.plusSeconds(7200).plusMillis(1))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
            assertThat(resolvedBetween("SD", t.plusNanos(1), t.plusSeconds(7200))).as("a partial millisecond rounds up").containsExactly(3L);
            assertThat(resolvedBetween("SD", t, t)).isEmpty();
            assertThat(resolvedBetween("IT", t, t.plusMillis(1))).containsExactly(5L);
            List<TicketFacts> read = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, t.plusMillis(1), read::add);
            assertThat(read).containsExactly(StoreFixtures.facts(2, "SD", t, "VPN", "email", null, null, "bob", "2", null, FcrStatus.FCR));
        }

        @Test
        void aFilteredReadReturnsExactlyTheTicketsThatPassTheFilter() {
            Instant t = StoreFixtures.RESOLVED;
            String[] channels = {"email", "Email", "email ", null, " ", "chat", "portal"};
            String[] tiers = {"L1", "L2", null};
            String[] agents = {"bob", "carol", null};
            long id = 1;
            for (String channel : channels) {
                for (String tier : tiers) {
                    for (String agent : agents) {
                        facts.put(StoreFixtures.facts(id, id % 5 == 0 ? "IT" : "SD", t.plusSeconds(id), "VPN", channel, "GOLD",
                                tier, agent, String.valueOf(id), null, FcrStatus.FCR), FactsStore.ABSENT);
                        id++;
                    }
                }
            }
            List<DimensionFilter> filters = List.of(
                    DimensionFilter.all(),
                    new DimensionFilter(Map.of(Dimension.CHANNEL, Set.of("email"))),
                    new DimensionFilter(Map.of(Dimension.CHANNEL, Set.of("email"), Dimension.SUPPORT_TIER, Set.of("L1"))),
                    new DimensionFilter(Map.of(Dimension.CHANNEL, Set.of(Dimension.NO_VALUE, "chat"))),
                    new DimensionFilter(Map.of(Dimension.AGENT, Set.of("carol", Dimension.NO_VALUE), Dimension.SUPPORT_TIER, Set.of("L2"))),
                    new DimensionFilter(Map.of(Dimension.CHANNEL, Set.of())),
                    new DimensionFilter(Map.of(Dimension.PROJECT, Set.of("IT"), Dimension.CHANNEL, Set.of("portal"))),
                    new DimensionFilter(Map.of(Dimension.ORGANISATION, Set.of("Acme"))));
            Instant until = t.plusSeconds(id + 1);
            List<TicketFacts> everything = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, until, everything::add);
            for (DimensionFilter filter : filters) {
                List<TicketFacts> read = new ArrayList<>();
                facts.forEachResolvedBetween("SD", t, until, filter, read::add);
                assertThat(read).as(filter.toString())
                        .containsExactlyInAnyOrderElementsOf(everything.stream().filter(filter::matches).toList());
            }
            List<TicketFacts> email = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, until, filters.get(1), email::add);
            assertThat(email).as("exact values only, whatever the database's collation")
                    .isNotEmpty().allSatisfy(f -> assertThat(f.channel()).isEqualTo("email"));
        }

        @Test
        void aRatedReadReturnsTheWindowsTicketsWithARatingAndACustomer() {
            Instant t = StoreFixtures.RESOLVED;
            facts.put(StoreFixtures.facts(1, "SD", t, "VPN", "email", null, null, "bob", "1", 5, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(2, "SD", t, "VPN", "email", null, null, "bob", "2", null, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(3, "IT", t, "VPN", "email", null, null, "bob", "3", 4, FcrStatus.FCR), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(4, "SD", t.plusSeconds(7200), "VPN", "email", null, null, "bob", "4", 1, FcrStatus.FCR),
                    FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(5, "SD", null, "VPN", "email", null, null, null, "5", 2, FcrStatus.OPEN), FactsStore.ABSENT);
            TicketFacts r = StoreFixtures.facts(6, "SD", t, "VPN", "email", null, null, "bob", "6", 3, FcrStatus.FCR);
            facts.put(new TicketFacts(r.issueId(), r.issueKey(), r.projectKey(), r.requestType(), r.channel(), r.priority(),
                    null, r.organisation(), r.customerTier(), r.supportTier(), r.created(), r.resolvedAt(), r.resolution(),
                    r.realResolution(), r.resolvedBy(), r.totalCost(), r.costByCategory(), r.labourSeconds(), r.labourEstimated(),
                    r.agentContacts(), r.customerFollowUps(), r.reopenCount(), r.firstResponse(), r.resolutionTime(), r.csat(),
                    r.fcrStatus()), FactsStore.ABSENT); // rated, but by no known customer
            Instant until = t.plusSeconds(3600);

            List<TicketFacts> everything = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, until, everything::add);
            List<TicketFacts> rated = new ArrayList<>();
            facts.forEachRatedResolvedBetween("SD", t, until, rated::add);

            assertThat(everything).extracting(TicketFacts::issueId).containsExactlyInAnyOrder(1L, 2L, 6L);
            assertThat(rated).extracting(TicketFacts::issueId).containsExactly(1L);
            assertThat(rated).containsExactlyInAnyOrderElementsOf(
                    everything.stream().filter(f -> f.csat() != null && f.customerKey() != null).toList());
        }

        @Test
        void streamsOneProjectsOpenTickets() {
            facts.put(resolved(1, "10"), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(2, "SD", null, "VPN", "portal", null, null, null, "1", null, FcrStatus.OPEN), FactsStore.ABSENT);
            facts.put(StoreFixtures.facts(3, "IT", null, "VPN", "portal", null, null, null, "1", null, FcrStatus.OPEN), FactsStore.ABSENT);

            List<Long> open = new ArrayList<>();
            facts.forEachOpen("SD", f -> open.add(f.issueId()));

            assertThat(open).containsExactly(2L);
        }

        @Test
        void anomalyReadsNarrowTheWindowByLoggedWork() {
            Instant t = StoreFixtures.RESOLVED;
            TicketFacts logged = StoreFixtures.facts(1, "SD", t, "VPN", "email", null, null, "bob", "1", null, FcrStatus.FCR);
            TicketFacts none = withLabour(StoreFixtures.facts(2, "SD", t.plusSeconds(60), null, "email", null, null, "bob", "2", null,
                    FcrStatus.FCR), 0);
            TicketFacts more = withLabour(StoreFixtures.facts(3, "SD", t.plusSeconds(120), null, "email", null, null, "bob", "3", null,
                    FcrStatus.FCR), 9000);
            TicketFacts open = withLabour(StoreFixtures.facts(4, "SD", null, "VPN", "email", null, null, null, "4", null, FcrStatus.OPEN), 9000);
            TicketFacts openOther = StoreFixtures.facts(5, "IT", null, "VPN", "email", null, null, null, "5", null, FcrStatus.OPEN);
            for (TicketFacts f : List.of(logged, none, more, open, openOther)) {
                facts.put(f, FactsStore.ABSENT);
            }
            Instant until = t.plusSeconds(3600);

            List<TicketFacts> above = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, until, 5400, above::add);
            facts.forEachOpen("SD", 5400, above::add);
            assertThat(above).containsExactlyInAnyOrder(more, open);
            List<Long> aboveNone = new ArrayList<>();
            facts.forEachResolvedBetween("SD", t, until, 0, f -> aboveNone.add(f.issueId()));
            facts.forEachOpen("SD", 0, f -> aboveNone.add(f.issueId()));
            assertThat(aboveNone).containsExactlyInAnyOrder(1L, 3L, 4L);
        }

        private static TicketFacts withLabour(TicketFacts f, long seconds) {
            return new TicketFacts(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(), f.channel(), f.priority(),
                    f.customerKey(), f.organisation(), f.customerTier(), f.supportTier(), f.created(), f.resolvedAt(),
                    f.resolution(), f.realResolution(), f.resolvedBy(), f.totalCost(), f.costByCategory(), seconds,
                    f.labourEstimated(), f.agentContacts(), f.customerFollowUps(), f.reopenCount(), f.firstResponse(),
                    f.resolutionTime(), f.csat(), f.fcrStatus());
        }

        private List<Long> resolvedBetween(String project, Instant from, Instant until) {
            List<Long> ids = new ArrayList<>();
            facts.forEachResolvedBetween(project, from, until, f -> ids.add(f.issueId()));
            return ids;
        }

        @Test
        void sameAsStoredComparesWhatWouldBeStored() {
            TicketFacts a = resolved(1, "10.50");
            assertThat(FactsStore.sameAsStored(a, resolved(1, "10.50"))).isTrue();
            assertThat(FactsStore.sameAsStored(a, resolved(1, "10.5"))).as("scale is stored").isFalse();
            assertThat(FactsStore.sameAsStored(a, resolved(1, "10.51"))).isFalse();
            TicketFacts nanos = new TicketFacts(a.issueId(), a.issueKey(), a.projectKey(), a.requestType(), a.channel(),
                    a.priority(), a.customerKey(), a.organisation(), a.customerTier(), a.supportTier(), a.created(),
                    a.resolvedAt().plusNanos(1), a.resolution(), a.realResolution(), a.resolvedBy(), a.totalCost(),
                    a.costByCategory(), a.labourSeconds(), a.labourEstimated(), a.agentContacts(),
                    a.customerFollowUps(), a.reopenCount(), a.firstResponse(), a.resolutionTime(), a.csat(), a.fcrStatus());
            assertThat(FactsStore.sameAsStored(a, nanos)).as("below a millisecond").isTrue();
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
