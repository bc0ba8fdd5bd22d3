package io.balancepoint.bench;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketUpdate;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import io.balancepoint.tiering.RfmTierLookup;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recompute throughput (tickets/s) for a ticket with 10 worklogs and 10 comments whose snapshot
 * changed (one worklog longer): compute lines and facts, diff the ledger, upsert the facts and apply
 * the rollup delta. The writer alone: one ticket per transaction, or 50 consecutive tickets (which
 * share rollup rows, as a desk's tickets of one day do) per {@code writeAll}. The worker path, what a
 * node really does per queued id: {@link RecomputeWorker} draining 50 queued ids, reading each from
 * the ticket source (in memory here), reading stored facts and manual lines, computing, writing and
 * storing the sync records, in batches of 50 or (as before batching) one ticket at a time. The naive
 * baseline rewrites every line of the ticket instead of writing the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RecomputeBench {

    private static final int TICKETS = 2_000;
    private static final int BATCH = 50;

    @Param({"hsqldb", "postgresql"})
    public BenchDatabase database;

    private EntityManager manager;
    private TicketComputation computation;
    private TicketWriter writer;
    private LedgerStore ledger;
    private long next;
    private int variant;
    private final Instant now = Instant.parse("2026-06-01T00:00:00Z");
    private RecomputeQueue queue;
    private RecomputeWorker batchWorker;
    private RecomputeWorker singleWorker;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = database.openEmpty();
        EntityManagerStorage storage = new EntityManagerStorage(manager);
        ledger = new LedgerStore(storage);
        SettingsDocument settings = SettingsDocument.defaults();
        writer = new TicketWriter(storage, ledger, new FactsStore(storage),
                new RollupStore(storage, settings.workingTime().zone()), TicketWriter.DEFAULT_MAX_ATTEMPTS);
        computation = new TicketComputation(settings);
        List<TicketUpdate> initial = new ArrayList<>();
        for (long id = 1; id <= TICKETS; id++) {
            initial.add(update(id, 0));
        }
        writer.writeAll(initial);
        FactsStore facts = new FactsStore(storage);
        TicketSyncStore sync = new TicketSyncStore(storage);
        TicketRecomputer recomputer = new TicketRecomputer(new BenchSource(), ledger, facts, writer, sync,
                new SettingsInForce(new SettingsStore(storage)), new RfmTierLookup(new RfmScoreStore(storage)),
                Clock.fixed(now, ZoneOffset.UTC));
        queue = new RecomputeQueue(BATCH);
        batchWorker = new RecomputeWorker(queue, recomputer, RetryPolicy.DEFAULT, Clock.systemUTC(), BATCH);
        singleWorker = new RecomputeWorker(queue, recomputer, RetryPolicy.DEFAULT, Clock.systemUTC(), 1);
        database.analyze();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    private long nextTicket() {
        next = next % TICKETS + 1;
        if (next == 1) {
            variant++;
        }
        return next;
    }

    private TicketUpdate update(long id, int v) {
        ComputedTicket t = computation.compute(SampleTickets.ticket(id, v), List.of(), "Standard", now);
        return new TicketUpdate(id, t.lines(), t.facts());
    }

    private Object recompute(long id, int v) {
        TicketUpdate u = update(id, v);
        return writer.write(id, u.computedLines(), u.facts());
    }

    @Benchmark
    public Object recomputeChangedTicket() {
        return recompute(nextTicket(), variant + 1);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object recomputeBatchOf50() {
        List<TicketUpdate> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long id = nextTicket();
            batch.add(update(id, variant + 1));
        }
        return writer.writeAll(batch);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int workerBatchesOf50() {
        return drain(batchWorker);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int workerOneTicketAtATime() {
        return drain(singleWorker);
    }

    /** Queues the next 50 tickets (their source snapshots changed) and lets the worker recompute them. */
    private int drain(RecomputeWorker worker) {
        for (int i = 0; i < BATCH; i++) {
            queue.offer(nextTicket());
        }
        int taken = worker.runOnce(BATCH);
        if (taken != BATCH || worker.stats().failures() > 0) {
            throw new IllegalStateException("the worker took " + taken + " tickets: " + worker.stats());
        }
        return taken;
    }

    /** The tickets as they are now: each pass over all of them changes every ticket once more. */
    private final class BenchSource implements TicketSource {

        @Override
        public Optional<SourcedTicket> read(long issueId) {
            // The id just taken from the queue belongs to the current pass (nextTicket moved the variant on at its start).
            return Optional.of(new SourcedTicket(SampleTickets.ticket(issueId, variant + 1), now));
        }

        @Override
        public List<TicketStamp> ticketsAfter(long afterIssueId, int limit) {
            throw new UnsupportedOperationException("not scanned in the benchmark");
        }

        @Override
        public long count() {
            return TICKETS;
        }
    }

    @Benchmark
    public Object naiveRewriteBaseline() {
        long id = nextTicket();
        ledger.deleteAllLines(id);
        return recompute(id, variant + 1);
    }
}
