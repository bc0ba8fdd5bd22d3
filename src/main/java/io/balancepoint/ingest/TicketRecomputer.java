package io.balancepoint.ingest;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.TicketSync;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.store.WriteResult;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.tiering.CustomerTierLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recomputes one ticket from its source: read the snapshot, keep its manual lines, compute lines
 * and facts with the settings in force, store them (one transaction, see {@link TicketWriter}),
 * then record what they were computed from. A ticket the source no longer has is removed.
 * Idempotent: recomputing an unchanged ticket writes nothing but the sync record.
 *
 * <p>Used by the recompute worker and by the jobs that recompute directly (backfill, recalculation).
 * Failures are thrown to the caller, who decides about retries. Thread-safe.
 */
public final class TicketRecomputer {

    private final TicketSource source;
    private final LedgerStore ledger;
    private final FactsStore facts;
    private final TicketWriter writer;
    private final TicketSyncStore sync;
    private final SettingsInForce settings;
    private final CustomerTierLookup tiers;
    private final Clock clock;

    public TicketRecomputer(TicketSource source, LedgerStore ledger, FactsStore facts, TicketWriter writer,
                            TicketSyncStore sync, SettingsInForce settings, CustomerTierLookup tiers, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tiers = Objects.requireNonNull(tiers, "tiers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The settings this recomputer uses; refresh them once per batch. */
    public SettingsInForce settings() {
        return settings;
    }

    /** Recomputes the ticket with the settings of the last {@link SettingsInForce#refresh()}. */
    public Recompute recompute(long issueId) {
        PreparedSettings prepared = settings.get();
        Optional<SourcedTicket> read = source.read(issueId);
        TicketFacts before = facts.get(issueId).map(VersionedFacts::facts).orElse(null);
        if (read.isEmpty()) {
            boolean hadData = writer.remove(issueId);
            sync.remove(issueId);
            return new Recompute.Removed(issueId, before, hadData);
        }
        SourcedTicket ticket = read.get();
        if (ticket.snapshot().issueId() != issueId) {
            throw new IllegalStateException("the ticket source returned issue " + ticket.snapshot().issueId()
                    + " when asked for " + issueId);
        }
        Instant now = clock.instant();
        List<CostLine> manual = ledger.lines(issueId).stream().filter(CostLine::isManual).toList();
        String tier = tiers.tierOf(ticket.snapshot(), prepared.document().tiering()).tier();
        TicketComputation.ComputedTicket computed = prepared.computation().compute(ticket.snapshot(), manual, tier, now);
        List<CostLine> computedLines = computed.lines().stream().filter(line -> !line.isManual()).toList();
        WriteResult result = writer.write(issueId, computedLines, computed.facts());
        sync.put(new TicketSync(issueId, ticket.updated(), result.version(), now, prepared.revision(),
                recheckAt(computed.facts(), prepared)));
        return new Recompute.Written(issueId, before, computed.facts(), result);
    }

    /**
     * The end of the reopen window of a provisional FCR verdict, which is when the verdict turns
     * into FCR with no change to the ticket (the same instant as {@code FcrResult.provisionalUntil}:
     * the latest resolution plus the window).
     */
    private static Instant recheckAt(TicketFacts facts, PreparedSettings prepared) {
        if (facts.fcrStatus() != FcrStatus.PROVISIONAL || facts.resolvedAt() == null) {
            return null;
        }
        return facts.resolvedAt().plus(Duration.ofDays(prepared.document().fcr().reopenWindowDays()));
    }
}
