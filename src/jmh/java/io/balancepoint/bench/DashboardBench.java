package io.balancepoint.bench;

import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.access.Permissions;
import io.balancepoint.access.VisibilitySettings;
import io.balancepoint.dashboards.WindowResultCache;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.workbench.api.ApiServer;
import io.balancepoint.workbench.api.HeaderAuthentication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Response time of the dashboard endpoints ({@code /projects/BENCH/metrics/…}) at 1M tickets of the
 * project: real Jersey on the workbench's {@link ApiServer} in this JVM, called over loopback HTTP by
 * an admin, on the {@link DatasetGenerator} dataset in PostgreSQL. Sample-time mode, so JMH prints
 * percentiles (p0.90 is the target's p90). Each call checks for 200. The range endpoints ask what
 * the dashboard asks: the last twelve months, month by month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DashboardBench {

    private static final String ADMIN = "bench-admin";
    private static final YearMonth LAST = DatasetGenerator.LAST_MONTH;
    private static final String YEAR = "from=" + LAST.minusMonths(11).atDay(1) + "&until=" + LAST.plusMonths(1).atDay(1)
            + "&granularity=month";

    @Param({"postgresql"})
    public BenchDatabase database;

    @Param({"1000000"})
    public int tickets;

    /**
     * kept: as the product does (results kept per window stamp; ROI and balance point may answer from
     * a result up to a minute behind while the new one is computed in the background); exact: kept,
     * but never behind; none: every call computes.
     */
    @Param({"kept", "exact", "none"})
    public String results;

    private EntityManager manager;
    private AoStorage storage;
    private ApiServer server;
    private WindowResultCache cache;
    private HttpClient client;
    private URI metrics;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        manager = database.openDataset(tickets);
        storage = new EntityManagerStorage(manager);
        SettingsStore settings = new SettingsStore(storage);
        DirectoryAccessPolicy directory = new DirectoryAccessPolicy(List.of(new DirectoryAccessPolicy.User(ADMIN, true, true,
                Set.of("jira-administrators"), Set.of(DatasetGenerator.PROJECT), Map.of())), List.of());
        VisibilitySettings visibility = new VisibilitySettings(List.of(), List.of(), List.of(), List.of(), false, false);
        cache = switch (results) {
            case "kept" -> new WindowResultCache();
            case "exact" -> new WindowResultCache(WindowResultCache.DEFAULT_MAX_WEIGHT, Duration.ZERO, Runnable::run, System::nanoTime);
            case "none" -> WindowResultCache.NONE;
            default -> throw new IllegalArgumentException("results: kept, exact or none, was " + results);
        };
        server = ApiServer.builder()
                .authentication(new HeaderAuthentication(directory))
                .service(Permissions.class, new Permissions(directory, () -> visibility))
                .service(SettingsStore.class, settings)
                .service(RollupStore.class, new RollupStore(storage, SettingsDocument.defaults().workingTime().zone()))
                .service(FactsStore.class, new FactsStore(storage))
                .service(WindowResultCache.class, cache)
                .service(Clock.class, Clock.fixed(LAST.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .start();
        client = HttpClient.newHttpClient();
        metrics = server.baseUri().resolve("projects/" + DatasetGenerator.PROJECT + "/metrics/");
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
        cache.close(); // a background refresh must end before the connections go
        manager.getProvider().dispose();
    }

    @Benchmark
    public String trendTwelveMonths() throws Exception {
        return get("trend?" + YEAR);
    }

    @Benchmark
    public String breakdownByAgent() throws Exception {
        return get("breakdown?" + YEAR + "&dimension=AGENT");
    }

    @Benchmark
    public String breakdownByChannelFilteredToEmail() throws Exception {
        return get("breakdown?" + YEAR + "&dimension=CHANNEL&channel=email");
    }

    @Benchmark
    public String trendFilteredOnTwoDimensions() throws Exception {
        return get("trend?" + YEAR + "&channel=email&supportTier=L1");
    }

    @Benchmark
    public String channelGradient() throws Exception {
        return get("channels?" + YEAR);
    }

    @Benchmark
    public String costsByCategory() throws Exception {
        return get("costs?" + YEAR);
    }

    @Benchmark
    public String costsByAgent() throws Exception {
        return get("costs?" + YEAR + "&axis=AGENT");
    }

    @Benchmark
    public String anomalies() throws Exception {
        return get("anomalies?limit=20");
    }

    @Benchmark
    public String roiOfAMonth() throws Exception {
        return get("roi?month=" + LAST);
    }

    @Benchmark
    public String balancePointOfAMonth() throws Exception {
        return get("balance-point?from=" + LAST.atDay(1) + "&until=" + LAST.plusMonths(1).atDay(1));
    }

    /**
     * The two-dimension trend right after one ticket of its last month changed (a new customer, as a
     * recompute that changes no measure would): with kept results only that month is summed again.
     */
    @Benchmark
    public String trendFilteredOnTwoDimensionsAfterAWrite(OneTicketChanges change) throws Exception {
        return get("trend?" + YEAR + "&channel=email&supportTier=L1");
    }

    /**
     * The ROI of the month right after one of its tickets changed: exact computes it again; kept
     * answers from the last result while one refresh at a time runs in the background.
     */
    @Benchmark
    public String roiOfAMonthAfterAWrite(OneTicketChanges change) throws Exception {
        return get("roi?month=" + LAST);
    }

    /** The balance point of the month right after one of its tickets changed (as {@link #roiOfAMonthAfterAWrite}). */
    @Benchmark
    public String balancePointOfAMonthAfterAWrite(OneTicketChanges change) throws Exception {
        return get("balance-point?from=" + LAST.atDay(1) + "&until=" + LAST.plusMonths(1).atDay(1));
    }

    /** Rewrites one ticket of the last month through {@link TicketWriter} before each call, alternating its customer. */
    @State(Scope.Benchmark)
    public static class OneTicketChanges {

        private TicketWriter writer;
        private LedgerStore ledger;
        private FactsStore facts;
        private long issueId;
        private boolean flip;

        @Setup(Level.Trial)
        public void find(DashboardBench bench) {
            facts = new FactsStore(bench.storage);
            ledger = new LedgerStore(bench.storage);
            writer = new TicketWriter(bench.storage, ledger, facts,
                    new RollupStore(bench.storage, SettingsDocument.defaults().workingTime().zone()), TicketWriter.DEFAULT_MAX_ATTEMPTS);
            long[] first = {-1};
            facts.forEachResolvedBetween(DatasetGenerator.PROJECT, LAST.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC),
                    LAST.atDay(16).atStartOfDay().toInstant(ZoneOffset.UTC), f -> {
                        if (first[0] < 0) {
                            first[0] = f.issueId();
                        }
                    });
            issueId = first[0];
            if (issueId < 0) {
                throw new IllegalStateException("no ticket resolved on " + LAST.atDay(15));
            }
        }

        @Setup(Level.Invocation)
        public void change() {
            TicketFacts f = facts.get(issueId).orElseThrow().facts();
            flip = !flip;
            TicketFacts changed = new TicketFacts(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(), f.channel(), f.priority(),
                    flip ? "bench-customer-b" : "bench-customer-a", f.organisation(), f.customerTier(), f.supportTier(), f.created(),
                    f.resolvedAt(), f.resolution(), f.realResolution(), f.resolvedBy(), f.totalCost(), f.costByCategory(),
                    f.labourSeconds(), f.labourEstimated(), f.agentContacts(), f.customerFollowUps(), f.reopenCount(),
                    f.firstResponse(), f.resolutionTime(), f.csat(), f.fcrStatus());
            writer.write(issueId, ledger.lines(issueId), changed);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(metrics.resolve(path))
                .header(HeaderAuthentication.HEADER, ADMIN).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
