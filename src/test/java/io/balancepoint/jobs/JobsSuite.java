package io.balancepoint.jobs;

import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.testing.MutableClock;
import io.balancepoint.ticket.InMemoryTicketSource;
import io.balancepoint.tiering.RfmTierLookup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;

/** Base of the job suites: the full schema, a ticket source, a test clock and a queue, new for every test. */
abstract class JobsSuite extends DatabaseTest {

    static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");
    static final Duration STALE = Duration.ofMinutes(15);

    InMemoryTicketSource source;
    MutableClock clock;
    RecomputeQueue queue;

    @BeforeEach
    void freshSourceClockAndQueue() {
        source = new InMemoryTicketSource();
        clock = new MutableClock(NOW);
        queue = new RecomputeQueue(1000);
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        return StoreSchema.ENTITIES;
    }

    /** The stores of this class's entity manager ("node 1"). */
    StoreNode node() {
        return StoreNode.on(manager(), ZoneOffset.UTC);
    }

    /** The stores of another entity manager ("node 2"). */
    StoreNode otherNode() {
        return StoreNode.on(target().openNode(), ZoneOffset.UTC);
    }

    TicketRecomputer recomputer(StoreNode node) {
        return new TicketRecomputer(source, node.ledger(), node.facts(), node.writer(), node.sync(),
                new SettingsInForce(node.settings()), new RfmTierLookup(node.rfm()), clock);
    }

    JobRunner runner(StoreNode node, String name) {
        return new JobRunner(node.jobs(), name, clock, STALE);
    }
}
