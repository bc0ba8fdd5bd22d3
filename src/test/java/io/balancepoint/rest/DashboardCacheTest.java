package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import io.balancepoint.dashboards.WindowResultCache;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.rest.metrics.MetricsResource;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.workbench.api.ApiServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Kept dashboard results are never staler than they say: random sequences of ticket writes (new,
 * changed in a way that leaves every measure alone, moved to another month, reopened, removed)
 * interleaved with the endpoints that keep results (ROI, balance point, filters on two dimensions),
 * each answer compared with a second API over the same database that keeps nothing. With an exact
 * cache every answer is the current one; with the staleness bound, ROI and balance point may answer
 * what was current when their result was computed, no longer ago than their age header says and
 * never beyond the bound. On every database.
 */
class DashboardCacheTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");
    private static final String QUARTER = "from=2026-02-01&until=2026-05-01";
    private static final List<String> QUERIES = List.of(
            "roi?month=2026-03",
            "roi?month=2026-04",
            "balance-point?from=2026-03-01&until=2026-04-01",
            "balance-point?" + QUARTER + "&channel=email",
            "trend?" + QUARTER + "&granularity=month&channel=email&supportTier=L1",
            "trend?from=2026-03-10&until=2026-04-20&granularity=week&channel=chat&customerTier=GOLD",
            "breakdown?" + QUARTER + "&granularity=month&dimension=agent&channel=email",
            "costs?" + QUARTER + "&axis=channel&supportTier=L2&customerTier=BASIC");
    private static final List<String> CHANNELS = List.of("email", "chat", "portal");
    private static final List<String> AGENTS = List.of("bob", "carol", "dave");

    abstract static class Contract extends DatabaseTest {

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        @Test
        void keptAnswersEqualFreshOnesAfterEveryWrite() {
            StoreNode stores = StoreNode.on(manager(), ZONE);
            WindowResultCache cache = new WindowResultCache(WindowResultCache.DEFAULT_MAX_WEIGHT, Duration.ZERO,
                    Runnable::run, System::nanoTime);
            try (TestApi cached = TestApi.start(builder -> bind(builder, stores).service(WindowResultCache.class, cache));
                 TestApi fresh = TestApi.start(builder -> bind(builder, stores).service(WindowResultCache.class, WindowResultCache.NONE))) {
                SplittableRandom random = new SplittableRandom(database().ordinal() * 1000L + 7);
                Map<Long, TicketFacts> stored = new HashMap<>();
                int compared = 0;
                for (int step = 0; step < 40; step++) {
                    write(stores, stored, random);
                    for (String query : QUERIES) {
                        // twice: the second answer of an unchanged window comes from what was kept
                        for (int read = 0; read < 2; read++) {
                            assertThat(answer(cached, query)).as("step %s: %s", step, query).isEqualTo(answer(fresh, query));
                            compared++;
                        }
                    }
                }
                assertThat(compared).isEqualTo(40 * QUERIES.size() * 2);
                assertThat(cache.hits()).as("unchanged windows were answered from kept results").isGreaterThan(compared / 4);
                assertThat(cache.misses()).as("changed windows were computed again").isGreaterThan(QUERIES.size());
            }
        }

        @Test
        void recentAnswersAreWhatWasCurrentNoLongerAgoThanTheirAgeAndTheBound() {
            StoreNode stores = StoreNode.on(manager(), ZONE);
            Duration bound = Duration.ofSeconds(60);
            AtomicLong nanos = new AtomicLong();
            List<Runnable> refreshes = new ArrayList<>();
            WindowResultCache cache = new WindowResultCache(WindowResultCache.DEFAULT_MAX_WEIGHT, bound, refreshes::add, nanos::get);
            List<String> recentQueries = QUERIES.stream().filter(q -> q.startsWith("roi") || q.startsWith("balance-point")).toList();
            try (TestApi cached = TestApi.start(builder -> bind(builder, stores).service(WindowResultCache.class, cache));
                 TestApi fresh = TestApi.start(builder -> bind(builder, stores).service(WindowResultCache.class, WindowResultCache.NONE))) {
                SplittableRandom random = new SplittableRandom(database().ordinal() * 1000L + 11);
                Map<Long, TicketFacts> stored = new HashMap<>();
                // per query: the current answer at each step, with the test clock's seconds then
                Map<String, List<Map.Entry<Long, String>>> history = new HashMap<>();
                int stale = 0;
                for (int step = 0; step < 40; step++) {
                    write(stores, stored, random);
                    nanos.addAndGet(Duration.ofSeconds(random.nextInt(0, 35)).toNanos());
                    long now = Duration.ofNanos(nanos.get()).toSeconds();
                    for (String query : recentQueries) {
                        String current = answer(fresh, query);
                        history.computeIfAbsent(query, q -> new ArrayList<>()).add(Map.entry(now, current));
                        ApiClient.ApiResponse response = cached.client().get("projects/SD/metrics/" + query).as(Persona.LEAD).send();
                        assertThat(response.status()).isEqualTo(200);
                        long age = Long.parseLong(response.header(MetricsResource.DATA_AGE));
                        assertThat(age).as("step %s: %s", step, query).isBetween(0L, bound.toSeconds());
                        if (age == 0) {
                            assertThat(response.body()).as("step %s: %s is current", step, query).isEqualTo(current);
                        } else {
                            stale++;
                            assertThat(history.get(query)).as("step %s: %s, %s s old", step, query, age)
                                    .anySatisfy(then -> {
                                        assertThat(then.getKey()).isGreaterThanOrEqualTo(now - age);
                                        assertThat(then.getValue()).isEqualTo(response.body());
                                    });
                        }
                        if (random.nextInt(3) > 0) { // sometimes a refresh waits past the next write
                            List<Runnable> due = List.copyOf(refreshes);
                            refreshes.clear();
                            due.forEach(Runnable::run);
                        }
                    }
                }
                assertThat(stale).as("some answers came from older results").isGreaterThan(5);
                assertThat(cache.staleAnswers()).isEqualTo(stale);
            }
        }

        private static ApiServer.Builder bind(ApiServer.Builder builder, StoreNode stores) {
            return builder.service(SettingsStore.class, stores.settings())
                    .service(FactsStore.class, stores.facts())
                    .service(RollupStore.class, stores.rollups())
                    .service(Clock.class, Clock.fixed(NOW, ZoneOffset.UTC));
        }

        /** One random write: a new ticket, or a change to a stored one that may leave every measure alone. */
        private static void write(StoreNode stores, Map<Long, TicketFacts> stored, SplittableRandom random) {
            long id = random.nextLong(1, 25);
            TicketFacts old = stored.get(id);
            int kind = old == null ? 0 : random.nextInt(1, 11);
            TicketFacts next = switch (kind) {
                case 0 -> randomTicket(id, random);
                case 1, 2, 3, 4 -> copy(old, "cust-" + random.nextInt(4), old.resolvedAt(), old.fcrStatus()); // no measure changes
                case 5, 6, 7 -> copy(old, old.customerKey(), randomResolution(random), FcrStatus.FCR); // to another day or month
                case 8, 9 -> copy(old, old.customerKey(), null, FcrStatus.OPEN); // reopened
                default -> null; // removed
            };
            if (next == null) {
                stores.writer().remove(id);
                stored.remove(id);
                return;
            }
            CostLine line = new CostLine("fixture:" + id, CostCategory.LABOUR, next.totalCost(), BigDecimal.ONE, "item", null,
                    RateSource.DEFAULT, next.created(), false, null, null);
            stores.writer().write(id, List.of(line), next);
            stored.put(id, next);
        }

        private static TicketFacts randomTicket(long id, SplittableRandom random) {
            Instant resolved = random.nextInt(6) == 0 ? null : randomResolution(random);
            Money total = Money.of(random.nextInt(5, 400) + "." + random.nextInt(10, 100), "EUR");
            Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
            costs.put(CostCategory.LABOUR, total);
            Instant created = Instant.parse("2026-01-20T08:00:00Z");
            return new TicketFacts(id, "SD-" + id, "SD", random.nextBoolean() ? "VPN" : "Printer",
                    CHANNELS.get(random.nextInt(CHANNELS.size())), "Medium", "cust-" + random.nextInt(4), "Org 1",
                    random.nextBoolean() ? "GOLD" : "BASIC", random.nextBoolean() ? "L1" : "L2", created, resolved,
                    resolved == null ? null : "Done", resolved != null, resolved == null ? null : AGENTS.get(random.nextInt(AGENTS.size())),
                    total, costs, random.nextInt(0, 7200), false, random.nextInt(1, 4), random.nextInt(0, 3), 0,
                    Duration.ofMinutes(10), resolved == null ? null : Duration.between(created, resolved),
                    random.nextInt(4) == 0 ? null : random.nextInt(1, 6),
                    resolved == null ? FcrStatus.OPEN : random.nextBoolean() ? FcrStatus.FCR : FcrStatus.NOT_FCR);
        }

        /** A resolution from February to April 2026, at any minute (Berlin day and month edges included). */
        private static Instant randomResolution(SplittableRandom random) {
            return Instant.parse("2026-01-31T22:00:00Z").plus(Duration.ofMinutes(random.nextLong(0, 89L * 24 * 60)));
        }

        private static TicketFacts copy(TicketFacts f, String customerKey, Instant resolvedAt, FcrStatus fcr) {
            return new TicketFacts(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(), f.channel(), f.priority(), customerKey,
                    f.organisation(), f.customerTier(), f.supportTier(), f.created(), resolvedAt, resolvedAt == null ? null : "Done",
                    resolvedAt != null, resolvedAt == null ? null : f.resolvedBy() == null ? "bob" : f.resolvedBy(), f.totalCost(),
                    f.costByCategory(), f.labourSeconds(), f.labourEstimated(), f.agentContacts(), f.customerFollowUps(),
                    f.reopenCount(), f.firstResponse(), resolvedAt == null ? null : Duration.between(f.created(), resolvedAt),
                    f.csat(), fcr);
        }

        private static String answer(TestApi api, String query) {
            ApiClient.ApiResponse response = api.client().get("projects/SD/metrics/" + query).as(Persona.LEAD).send();
            assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
            return response.body();
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
