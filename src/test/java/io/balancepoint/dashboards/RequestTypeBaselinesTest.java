package io.balancepoint.dashboards;

import static io.balancepoint.dashboards.DashboardFixture.ZONE;
import static io.balancepoint.dashboards.DashboardFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.metrics.AnomalySettings;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.HandleTimeAnomalies;
import io.balancepoint.metrics.HandleTimeAnomaly;
import io.balancepoint.money.Money;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The request-type baselines read from day rollups equal the same sums over the tickets' facts on
 * the window's whole days, and the anomaly list built on them ({@link AnomalyQueries}) is what
 * {@link HandleTimeAnomalies#find} gives over the facts with the same day window: random desks
 * written through {@link TicketWriter} on every database.
 */
class RequestTypeBaselinesTest {

    private static final Instant AS_OF = Instant.parse("2026-03-20T15:00:00Z");
    private static final List<String> TYPES = java.util.Arrays.asList("VPN", "Printer", "Access", null);

    abstract static class Contract extends DatabaseTest {

        @Override
        protected List<Class<? extends RawEntity<?>>> entities() {
            return StoreSchema.ENTITIES;
        }

        @Test
        void rollupBaselinesAndAnomaliesEqualTheFactsOnWholeDays() {
            int flaggedInAll = 0;
            for (int seed = 1; seed <= 4; seed++) {
                // each seed on a project of its own, so earlier desks are other projects' tickets
                String project = "P" + seed;
                SplittableRandom random = new SplittableRandom(seed);
                // short windows and small samples, so that tickets fall near both ends and some are flagged
                AnomalySettings anomalies = new AnomalySettings(new BigDecimal(random.nextBoolean() ? "2" : "1.5"),
                        random.nextInt(5, 20), random.nextInt(1, 4));
                SettingsDocument settings = withAnomalies(anomalies);
                List<TicketFacts> tickets = randomDesk(random, project, seed * 1000L);
                StoreSources sources = write(tickets);
                AnomalyQueries queries = new AnomalyQueries(sources, sources, ZONE, settings);

                RequestTypeBaselines baselines = queries.baselines(project, AS_OF);
                HandleTimeAnomalies.Window window = HandleTimeAnomalies.Window.days(anomalies, AS_OF, ZONE);
                assertThat(baselines.byRequestType()).as("seed %s", seed).isEqualTo(factSums(tickets, project, window));
                assertThat(baselines.days()).isEqualTo(HandleTimeAnomalies.Window.daysOf(anomalies, AS_OF, ZONE));

                List<TicketFacts> ofSd = tickets.stream().filter(f -> f.projectKey().equals(project)).toList();
                List<HandleTimeAnomaly> expected = HandleTimeAnomalies.find(ofSd, anomalies, AS_OF, window);
                Page<HandleTimeAnomaly> listed = queries.anomalies(project, AS_OF, null, 0, AnomalyQueries.MAX_LIMIT);
                assertThat(listed.items()).as("seed %s", seed).isEqualTo(expected);
                assertThat(listed.total()).isEqualTo(expected.size());

                // each ticket's comparison flags exactly the listed ones, with the same ratio
                HandleTimeAnomalies.Scan scan = queries.scan(project, AS_OF, baselines);
                Map<String, BigDecimal> flagged = new HashMap<>();
                ofSd.forEach(f -> {
                    var comparison = scan.compare(f);
                    if (comparison.flagged()) {
                        flagged.put(f.issueKey(), comparison.ratio());
                    }
                });
                Map<String, BigDecimal> listedRatios = new HashMap<>();
                expected.forEach(a -> listedRatios.put(a.issueKey(), a.ratio()));
                assertThat(flagged).as("seed %s", seed).isEqualTo(listedRatios);
                flaggedInAll += flagged.size();
            }
            assertThat(flaggedInAll).as("the desks have anomalies to compare").isGreaterThan(3);
        }

        private StoreSources write(List<TicketFacts> tickets) {
            AoStorage storage = new EntityManagerStorage(manager());
            LedgerStore ledger = new LedgerStore(storage);
            FactsStore facts = new FactsStore(storage);
            RollupStore rollups = new RollupStore(storage, ZONE);
            TicketWriter writer = new TicketWriter(storage, ledger, facts, rollups, TicketWriter.DEFAULT_MAX_ATTEMPTS);
            for (TicketFacts ticket : tickets) {
                writer.write(ticket.issueId(), List.of(new CostLine("fixture:total", CostCategory.LABOUR, ticket.totalCost(),
                        BigDecimal.ONE, "item", null, RateSource.DEFAULT, ticket.created(), false, null, null)), ticket);
            }
            return new StoreSources(rollups, facts);
        }

    }

    /** The sums a baseline needs, straight from the facts of the project's tickets resolved in the window. */
    private static Map<String, RequestTypeBaselines.Sums> factSums(List<TicketFacts> tickets, String project,
                                                                   HandleTimeAnomalies.Window window) {
        Map<String, RequestTypeBaselines.Sums> sums = new HashMap<>();
        for (TicketFacts f : tickets) {
            if (f.projectKey().equals(project) && window.contains(f.resolvedAt())) {
                RequestTypeBaselines.Sums one = new RequestTypeBaselines.Sums(f.labourSeconds(), f.labourSeconds() > 0 ? 1 : 0, 1,
                        f.totalCost());
                sums.merge(Dimension.REQUEST_TYPE.valueOf(f), one, (a, b) -> new RequestTypeBaselines.Sums(
                        a.labourSeconds() + b.labourSeconds(), a.labourTickets() + b.labourTickets(), a.tickets() + b.tickets(),
                        a.totalCost().plus(b.totalCost())));
            }
        }
        return sums;
    }

    /** The project's tickets resolved around the window's ends (and open ones), plus another project's that must not count. */
    private static List<TicketFacts> randomDesk(SplittableRandom random, String project, long firstId) {
        List<TicketFacts> tickets = new ArrayList<>();
        int count = random.nextInt(30, 70);
        for (int i = 1; i <= count; i++) {
            String of = random.nextInt(8) == 0 ? "X" + project : project;
            boolean open = random.nextInt(6) == 0;
            // resolutions over the 25 days before asOf and a day after it, at any minute (day edges in Berlin included)
            Instant resolvedAt = AS_OF.minus(Duration.ofMinutes(random.nextLong(-24 * 60, 25 * 24 * 60)));
            DashboardFixture.Ticket ticket = new DashboardFixture.Ticket(firstId + i, of, open ? null : resolvedAt.toString());
            if (open) {
                ticket.created(AS_OF.minus(Duration.ofHours(random.nextInt(1, 200))).toString());
            }
            long labour = random.nextInt(4) == 0 ? 0 : random.nextLong(60, 3600) * (random.nextInt(7) == 0 ? 6 : 1);
            tickets.add(ticket.requestType(TYPES.get(random.nextInt(TYPES.size()))).channel("email")
                    .cost(random.nextInt(0, 500) + "." + random.nextInt(10, 100)).labour(labour).build());
        }
        return tickets;
    }

    private static SettingsDocument withAnomalies(AnomalySettings anomalies) {
        SettingsDocument d = DashboardFixture.settings();
        return new SettingsDocument(d.schemaVersion(), "EUR", d.workingTime(), d.rates(), d.channels(), d.overhead(), d.fcr(),
                anomalies, d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
    }

    @Test
    void sumsGiveTheAverageCostAndMeanLabour() {
        RequestTypeBaselines.Sums sums = new RequestTypeBaselines.Sums(1800, 3, 4, eur("100"));
        assertThat(sums.averageCost()).isEqualTo(eur("25"));
        assertThat(sums.meanLabourSeconds()).isEqualByComparingTo("600");
        RequestTypeBaselines.Sums none = new RequestTypeBaselines.Sums(0, 0, 0, Money.zero(DashboardFixture.EUR));
        assertThat(none.averageCost()).isNull();
        assertThat(none.meanLabourSeconds()).isNull();
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
