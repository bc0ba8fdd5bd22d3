package io.balancepoint.bench;

import io.balancepoint.dashboards.MetricsQuery;
import io.balancepoint.dashboards.PeriodPoint;
import io.balancepoint.dashboards.RollupMetrics;
import io.balancepoint.dashboards.StoreSources;
import io.balancepoint.dashboards.Trend;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Granularity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
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
 * and ticket facts. The dataset is generated once per size by {@link DatasetGenerator} (PostgreSQL
 * COPY; reused by later runs of the same size), generation time is printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class QueryBench {

    private static final String PROJECT = DatasetGenerator.PROJECT;
    private static final YearMonth LAST_MONTH = DatasetGenerator.LAST_MONTH;

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
        manager = database.openDataset(tickets);
        AoStorage storage = new EntityManagerStorage(manager);
        SettingsDocument settings = SettingsDocument.defaults();
        FactsStore facts = new FactsStore(storage);
        RollupStore rollups = new RollupStore(storage, settings.workingTime().zone());
        rollupMetrics = new RollupMetrics(new StoreSources(rollups, facts), settings);
        LocalDate from = LAST_MONTH.minusMonths(11).atDay(1);
        lastTwelveMonths = new MetricsQuery(PROJECT, new DateRange(from, LAST_MONTH.plusMonths(1).atDay(1)),
                Granularity.MONTH, DimensionFilter.all());
        scanConnection = database.connect();
        scanConnection.setAutoCommit(false); // lets the PostgreSQL driver stream with a fetch size
        checkBothAgree();
    }

    /** The generated ledger, facts and rollups must tell the same story, or the comparison means nothing. */
    private void checkBothAgree() throws SQLException {
        Map<YearMonth, BigDecimal[]> scanned = naiveLedgerScanBaseline();
        MathContext digits = new MathContext(12);
        for (PeriodPoint point : fromRollups().points()) {
            YearMonth month = YearMonth.from(point.period().start());
            BigDecimal fromScan = scanned.get(month)[0];
            BigDecimal fromRollups = point.metrics().costPerResolution().amount();
            if (fromScan.round(digits).compareTo(fromRollups.round(digits)) != 0) {
                throw new IllegalStateException("cost per resolution of " + month + ": " + fromRollups
                        + " from rollups, " + fromScan + " from the ledger");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        scanConnection.close();
        manager.getProvider().dispose();
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
