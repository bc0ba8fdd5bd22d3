package io.balancepoint.bench;

import io.balancepoint.dashboards.MetricsQuery;
import io.balancepoint.dashboards.RollupMetrics;
import io.balancepoint.dashboards.StoreSources;
import io.balancepoint.dashboards.Trend;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.BulkLoader;
import io.balancepoint.store.BulkLoader.LoadedTicket;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Granularity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * The dashboard's month-by-month cost per resolution and FCR for one project over twelve months,
 * at 10k, 100k and 1M tickets of that project (plus 10 % other projects' tickets): read from the
 * day rollups (what the product does) against the naive baseline of scanning the project's ledger
 * and ticket facts. The dataset is generated once per size with batched inserts; generation time
 * is printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class QueryBench {

    private static final String PROJECT = "BENCH";
    private static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    private static final int MONTHS_OF_DATA = 24;
    private static final int CHUNK = 2_000;

    @Param({"postgresql"})
    public BenchDatabase database;

    @Param({"10000", "100000", "1000000"})
    public int tickets;

    private EntityManager manager;
    private RollupMetrics rollupMetrics;
    private MetricsQuery lastTwelveMonths;
    private Connection scanConnection;

    @Setup(Level.Trial)
    public void generate() throws SQLException {
        manager = database.openEmpty();
        AoStorage storage = new EntityManagerStorage(manager);
        SettingsDocument settings = SettingsDocument.defaults();
        TicketComputation computation = new TicketComputation(settings);
        BulkLoader loader = new BulkLoader(storage);
        long started = System.nanoTime();
        int total = tickets + tickets / 10;
        List<LoadedTicket> chunk = new ArrayList<>(CHUNK);
        Instant now = LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (long id = 1; id <= total; id++) {
            ComputedTicket t = computation.compute(ticket(id, id <= tickets ? PROJECT : "OTHER" + (id % 7)), List.of(), "Standard", now);
            chunk.add(new LoadedTicket(t.lines(), t.facts()));
            if (chunk.size() == CHUNK) {
                loader.insert(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        loader.insert(chunk);
        FactsStore facts = new FactsStore(storage);
        RollupStore rollups = new RollupStore(storage, settings.workingTime().zone());
        int rows = rollups.rebuild(facts, Optional.empty());
        database.analyze(); // fresh tables have no planner statistics
        System.err.printf("%n[QueryBench] %s: %,d tickets (%,d in %s) loaded and %,d rollup rows built in %.1f s%n",
                database, total, tickets, PROJECT, rows, (System.nanoTime() - started) / 1e9);
        rollupMetrics = new RollupMetrics(new StoreSources(rollups, facts), settings);
        LocalDate from = LAST_MONTH.minusMonths(11).atDay(1);
        lastTwelveMonths = new MetricsQuery(PROJECT, new DateRange(from, LAST_MONTH.plusMonths(1).atDay(1)),
                Granularity.MONTH, DimensionFilter.all());
        scanConnection = database.connect();
        scanConnection.setAutoCommit(false); // lets the PostgreSQL driver stream with a fetch size
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        scanConnection.close();
        manager.getProvider().dispose();
    }

    /** A light ticket (2 worklogs, 3 comments: 4 cost lines) resolved within the 24 months of data. */
    static TicketSnapshot ticket(long id, String project) {
        Instant start = LAST_MONTH.minusMonths(MONTHS_OF_DATA - 1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = Duration.between(start, LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)).toMinutes();
        Instant created = start.plus(Duration.ofMinutes((id * 7_919) % (span - 600)));
        String agent = "agent-" + (id % 40);
        String customer = "customer-" + (id % 5_000);
        boolean followUp = id % 4 == 0;
        List<Comment> comments = new ArrayList<>();
        comments.add(new Comment(id * 10, agent, created.plus(Duration.ofMinutes(30)), true, AuthorRole.AGENT));
        if (followUp) {
            comments.add(new Comment(id * 10 + 1, customer, created.plus(Duration.ofMinutes(60)), true, AuthorRole.CUSTOMER));
        }
        comments.add(new Comment(id * 10 + 2, agent, created.plus(Duration.ofMinutes(90)), followUp, AuthorRole.AGENT));
        String resolution = id % 20 == 0 ? "Duplicate" : "Done";
        return new TicketSnapshot(id, project + "-" + id, project, "Type " + (id % 6), new String[] {"email", "portal", "phone", "chat"}[(int) (id % 4)],
                "Medium", customer, "org-" + (id % 80), created, "L" + (1 + id % 3),
                List.of(new Worklog(id * 10, agent, created.plus(Duration.ofMinutes(10)), 600 + id % 1_800),
                        new Worklog(id * 10 + 1, agent, created.plus(Duration.ofMinutes(100)), 300 + id % 900)),
                comments, List.of(ResolutionEvent.resolved(created.plus(Duration.ofHours(8)), resolution, agent)),
                null, Map.of());
    }

    @Benchmark
    public Trend fromRollups() {
        return rollupMetrics.trend(lastTwelveMonths);
    }

    /** Month → {cost per resolution, FCR rate}, computed by scanning the ledger and the facts. */
    @Benchmark
    public Map<YearMonth, BigDecimal[]> naiveLedgerScanBaseline() throws SQLException {
        String prefix = AoNamespace.TABLE_PREFIX;
        Map<Long, BigDecimal> costByIssue = new HashMap<>();
        try (PreparedStatement s = scanConnection.prepareStatement(
                "SELECT \"ISSUE_ID\", \"AMOUNT\" FROM \"" + prefix + "COST_LINE\" WHERE \"PROJECT_KEY\" = ?")) {
            s.setFetchSize(10_000);
            s.setString(1, PROJECT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    costByIssue.merge(rs.getLong(1), new BigDecimal(rs.getString(2)), BigDecimal::add);
                }
            }
        }
        long from = LAST_MONTH.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long until = LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        Map<YearMonth, long[]> counts = new TreeMap<>(); // real resolutions, applicable, fcr
        Map<YearMonth, BigDecimal> cost = new TreeMap<>();
        try (PreparedStatement s = scanConnection.prepareStatement(
                "SELECT \"ISSUE_ID\", \"RESOLVED_AT\", \"REAL_RESOLUTION\", \"FCR_STATUS\" FROM \"" + prefix
                        + "TICKET_FACTS\" WHERE \"PROJECT_KEY\" = ?")) {
            s.setFetchSize(10_000);
            s.setString(1, PROJECT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long resolvedAt = rs.getLong(2);
                    if (rs.wasNull() || resolvedAt < from || resolvedAt >= until) {
                        continue;
                    }
                    YearMonth month = YearMonth.from(Instant.ofEpochMilli(resolvedAt).atZone(ZoneOffset.UTC));
                    long[] c = counts.computeIfAbsent(month, m -> new long[3]);
                    String fcr = rs.getString(4);
                    c[0] += rs.getBoolean(3) ? 1 : 0;
                    c[1] += fcr.equals("FCR") || fcr.equals("PROVISIONAL") || fcr.equals("NOT_FCR") ? 1 : 0;
                    c[2] += fcr.equals("FCR") || fcr.equals("PROVISIONAL") ? 1 : 0;
                    cost.merge(month, costByIssue.getOrDefault(rs.getLong(1), BigDecimal.ZERO), BigDecimal::add);
                }
            }
        }
        Map<YearMonth, BigDecimal[]> result = new TreeMap<>();
        counts.forEach((month, c) -> result.put(month, new BigDecimal[] {
                c[0] == 0 ? null : cost.get(month).divide(BigDecimal.valueOf(c[0]), MathContext.DECIMAL64),
                c[1] == 0 ? null : BigDecimal.valueOf(c[2]).divide(BigDecimal.valueOf(c[1]), MathContext.DECIMAL64)}));
        return result;
    }
}
