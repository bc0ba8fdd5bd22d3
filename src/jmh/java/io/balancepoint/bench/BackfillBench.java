package io.balancepoint.bench;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.jobs.BackfillJob;
import io.balancepoint.jobs.JobRunner;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import io.balancepoint.tiering.RfmTierLookup;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * One backfill of {@code tickets} generated tickets ({@link DatasetGenerator#ticket}, produced on
 * demand by a {@link TicketSource}, never held) into empty PostgreSQL tables, through the real
 * {@link BackfillJob}, {@link TicketRecomputer} and {@link TicketWriter}, in a JVM limited to 256 MB
 * of heap. A sampler records the heap in use every 100 ms; the run prints its peak and its low point
 * (just after a collection: about what is kept alive) per tenth of the backfill, and the collectors'
 * counts and times. Bounded means: the backfill finishes inside the limit, and the low points do not
 * grow with the tickets done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class BackfillBench {

    private static final Instant NOW = DatasetGenerator.LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    @Param({"postgresql_scratch"})
    public BenchDatabase database;

    @Param({"1000000"})
    public int tickets;

    private EntityManager manager;
    private JobRunner runner;
    private BackfillJob backfill;
    private HeapSampler sampler;
    private ScheduledExecutorService analyser;

    @Setup(Level.Iteration)
    public void emptyTables() throws SQLException {
        manager = database.openEmpty();
        AoStorage storage = new EntityManagerStorage(manager);
        SettingsDocument defaults = SettingsDocument.defaults();
        LedgerStore ledger = new LedgerStore(storage);
        FactsStore facts = new FactsStore(storage);
        TicketWriter writer = new TicketWriter(storage, ledger, facts, new RollupStore(storage, defaults.workingTime().zone()),
                TicketWriter.DEFAULT_MAX_ATTEMPTS);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TicketRecomputer recomputer = new TicketRecomputer(new GeneratedTickets(tickets), ledger, facts, writer,
                new TicketSyncStore(storage), new SettingsInForce(new SettingsStore(storage)),
                new RfmTierLookup(new RfmScoreStore(storage)), clock);
        runner = new JobRunner(new JobStateStore(storage), "bench", clock, JobRunner.DEFAULT_STALE_AFTER);
        backfill = new BackfillJob(new GeneratedTickets(tickets), recomputer, new RecomputeQueue(10_000), 500, true);
        sampler = new HeapSampler(runner);
    }

    @Benchmark
    public JobState backfill() {
        // This machine's PostgreSQL runs with autovacuum off; a live Jira database has it on, and
        // without planner statistics the growing tables are read by sequential scans (the rate fell
        // from ~240 to ~45 tickets/s by 80 000 tickets). ANALYZE once a minute, as autovacuum would.
        analyser = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("analyse").factory());
        analyser.scheduleWithFixedDelay(() -> {
            try {
                database.analyze();
            } catch (SQLException e) {
                System.err.println("[bench] ANALYZE failed: " + e.getMessage());
            }
        }, 60, 60, TimeUnit.SECONDS);
        sampler.start();
        JobState end = runner.runNow(backfill).orElseThrow();
        if (end.status() != JobStatus.DONE || end.done() != tickets) {
            throw new IllegalStateException("backfill ended " + end.status() + " after " + end.done() + " tickets: " + end.message());
        }
        return end;
    }

    @TearDown(Level.Iteration)
    public void report() {
        analyser.shutdownNow();
        sampler.stop();
        System.err.println(sampler.report(tickets));
        manager.getProvider().dispose();
    }

    /** Tickets 1..size made up on demand from their id, as Jira would read them one by one. */
    private record GeneratedTickets(int size) implements TicketSource {

        @Override
        public Optional<SourcedTicket> read(long issueId) {
            if (issueId < 1 || issueId > size) {
                return Optional.empty();
            }
            String project = issueId % 11 == 0 ? "OTHER" + (issueId % 7) : DatasetGenerator.PROJECT;
            return Optional.of(new SourcedTicket(DatasetGenerator.ticket(issueId, project), NOW));
        }

        @Override
        public List<TicketStamp> ticketsAfter(long afterIssueId, int limit) {
            List<TicketStamp> page = new ArrayList<>(limit);
            for (long id = afterIssueId + 1; id <= size && page.size() < limit; id++) {
                page.add(new TicketStamp(id, NOW));
            }
            return page;
        }

        @Override
        public long count() {
            return size;
        }
    }

    /** Samples the heap every 100 ms on a daemon thread, against the backfill's progress. */
    private static final class HeapSampler implements Runnable {

        private final JobRunner runner;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long[] peakUsedByTenth = new long[10];
        private final long[] lowUsedByTenth = new long[10];
        private volatile boolean running;
        private Thread thread;
        private long started;

        HeapSampler(JobRunner runner) {
            this.runner = runner;
        }

        void start() {
            running = true;
            Arrays.fill(lowUsedByTenth, Long.MAX_VALUE);
            started = System.nanoTime();
            thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this);
        }

        void stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            while (running) {
                JobState state = runner.state(BackfillJob.NAME);
                int tenth = state.total() == 0 ? 0 : (int) Math.min(9, 10 * state.done() / state.total());
                long used = memory.getHeapMemoryUsage().getUsed();
                peakUsedByTenth[tenth] = Math.max(peakUsedByTenth[tenth], used);
                // the low point of a tenth follows a collection: about what the backfill keeps alive
                lowUsedByTenth[tenth] = Math.min(lowUsedByTenth[tenth], used);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        String report(int tickets) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long gcCount = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcCount += Math.max(0, gc.getCollectionCount());
                gcMillis += Math.max(0, gc.getCollectionTime());
            }
            StringBuilder out = new StringBuilder(String.format("%n[BackfillBench] %,d tickets in %.0f s (%.0f tickets/s), max heap %d MB,"
                    + " %d collections taking %.1f s%n  tenth of the backfill: peak / lowest heap used (MB)%n",
                    tickets, seconds, tickets / seconds, memory.getHeapMemoryUsage().getMax() >> 20, gcCount, gcMillis / 1e3));
            for (int i = 0; i < 10; i++) {
                out.append(String.format("  %3d%%-%3d%%: %4d / %4d%n", 10 * i, 10 * (i + 1), peakUsedByTenth[i] >> 20,
                        lowUsedByTenth[i] == Long.MAX_VALUE ? -1 : lowUsedByTenth[i] >> 20));
            }
            return out.toString();
        }
    }
}
