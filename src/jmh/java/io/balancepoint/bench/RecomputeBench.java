package io.balancepoint.bench;

import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.TicketWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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
 * Recompute throughput (tickets/s) of the background worker's step for a ticket with 10 worklogs
 * and 10 comments whose snapshot changed (one worklog longer): compute lines and facts, diff the
 * ledger, upsert the facts and apply the rollup delta in one transaction. The naive baseline
 * rewrites every line of the ticket instead of writing the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RecomputeBench {

    private static final int TICKETS = 2_000;

    @Param({"hsqldb", "postgresql"})
    public BenchDatabase database;

    private EntityManager manager;
    private TicketComputation computation;
    private TicketWriter writer;
    private LedgerStore ledger;
    private long next;
    private int variant;
    private final Instant now = Instant.parse("2026-06-01T00:00:00Z");

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = database.openEmpty();
        EntityManagerStorage storage = new EntityManagerStorage(manager);
        ledger = new LedgerStore(storage);
        SettingsDocument settings = SettingsDocument.defaults();
        writer = new TicketWriter(storage, ledger, new FactsStore(storage),
                new RollupStore(storage, settings.workingTime().zone()), TicketWriter.DEFAULT_MAX_ATTEMPTS);
        computation = new TicketComputation(settings);
        for (long id = 1; id <= TICKETS; id++) {
            recompute(id, 0);
        }
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

    private Object recompute(long id, int v) {
        ComputedTicket t = computation.compute(SampleTickets.ticket(id, v), List.of(), "Standard", now);
        return writer.write(id, t.lines(), t.facts());
    }

    @Benchmark
    public Object recomputeChangedTicket() {
        return recompute(nextTicket(), variant + 1);
    }

    @Benchmark
    public Object naiveRewriteBaseline() {
        long id = nextTicket();
        ledger.deleteAllLines(id);
        return recompute(id, variant + 1);
    }
}
