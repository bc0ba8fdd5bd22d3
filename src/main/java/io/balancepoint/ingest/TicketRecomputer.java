package io.balancepoint.ingest;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.ContendedWriteException;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.TicketSync;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketUpdate;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.store.WriteResult;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.tiering.CustomerTier;
import io.balancepoint.tiering.CustomerTierLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        Optional<SourcedTicket> read = readChecked(issueId);
        TicketFacts before = facts.get(issueId).map(VersionedFacts::facts).orElse(null);
        if (read.isEmpty()) {
            return remove(issueId, before);
        }
        SourcedTicket ticket = read.get();
        Instant now = clock.instant();
        List<CostLine> manual = ledger.lines(issueId).stream().filter(CostLine::isManual).toList();
        TicketUpdate update = compute(ticket, manual, null, prepared, now);
        WriteResult result = writer.write(issueId, update.computedLines(), update.facts());
        sync.put(syncOf(ticket, update, result, now, prepared));
        return new Recompute.Written(issueId, before, update.facts(), result, ticket.snapshot());
    }

    /**
     * Recomputes several tickets as {@link #recompute} does each, at a fixed number of statements for
     * the batch: one read of the stored facts, one of the manual lines, one {@link TicketWriter#writeAll}
     * and one {@link TicketSyncStore#putAll} (the source is still read ticket by ticket). A ticket that
     * fails is reported in the result and the others go on: a failed read or computation leaves it
     * out of the write; a write the database rejects for the batch is retried ticket by ticket, so a
     * ticket whose rows the database refuses fails alone; tickets other writers kept changing
     * ({@link ContendedWriteException}) fail while the rest is kept.
     */
    public RecomputeBatch recomputeAll(List<Long> issueIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        Map<Long, RuntimeException> failed = new LinkedHashMap<>();
        Map<Long, Recompute> done = new HashMap<>();
        if (ids.size() <= 1) {
            ids.forEach(id -> recomputeAlone(id, done, failed));
            return outcome(ids, done, failed);
        }
        PreparedSettings prepared = settings.get();
        Map<Long, SourcedTicket> present = new LinkedHashMap<>();
        List<Long> gone = new ArrayList<>();
        for (long id : ids) {
            try {
                readChecked(id).ifPresentOrElse(ticket -> present.put(id, ticket), () -> gone.add(id));
            } catch (RuntimeException e) {
                failed.put(id, e);
            }
        }
        Map<Long, VersionedFacts> stored;
        Map<Long, List<CostLine>> manual;
        try {
            List<Long> readable = new ArrayList<>(present.keySet());
            readable.addAll(gone);
            stored = facts.getAll(readable);
            manual = ledger.manualLines(present.keySet());
        } catch (RuntimeException e) {
            // The batch read failed: each ticket on its own, so one whose rows break the read fails alone.
            present.keySet().forEach(id -> recomputeAlone(id, done, failed));
            gone.forEach(id -> recomputeAlone(id, done, failed));
            return outcome(ids, done, failed);
        }
        for (long id : gone) {
            try {
                done.put(id, remove(id, factsOf(stored.get(id))));
            } catch (RuntimeException e) {
                failed.put(id, e);
            }
        }
        Instant now = clock.instant();
        Map<Long, CustomerTier> customerTiers = tiersOfAll(present.values(), prepared);
        List<TicketUpdate> updates = new ArrayList<>(present.size());
        for (SourcedTicket ticket : present.values()) {
            long id = ticket.snapshot().issueId();
            try {
                updates.add(compute(ticket, manual.getOrDefault(id, List.of()), customerTiers.get(id), prepared, now));
            } catch (RuntimeException e) {
                failed.put(id, e);
            }
        }
        Map<Long, WriteResult> written = writeIsolated(updates, failed);
        List<TicketSync> syncs = new ArrayList<>(written.size());
        for (TicketUpdate update : updates) {
            WriteResult result = written.get(update.issueId());
            if (result != null) {
                syncs.add(syncOf(present.get(update.issueId()), update, result, now, prepared));
            }
        }
        Set<Long> synced = putSyncsIsolated(syncs, failed);
        for (TicketUpdate update : updates) {
            long id = update.issueId();
            if (synced.contains(id)) {
                done.put(id, new Recompute.Written(id, factsOf(stored.get(id)), update.facts(), written.get(id),
                        present.get(id).snapshot()));
            }
        }
        return outcome(ids, done, failed);
    }

    private void recomputeAlone(long id, Map<Long, Recompute> done, Map<Long, RuntimeException> failed) {
        try {
            done.put(id, recompute(id));
        } catch (RuntimeException e) {
            failed.put(id, e);
        }
    }

    /**
     * Writes the updates in one {@link TicketWriter#writeAll}; on failure isolates the culprits.
     *
     * @return the result of each ticket written, in the order of {@code updates}
     */
    private Map<Long, WriteResult> writeIsolated(List<TicketUpdate> updates, Map<Long, RuntimeException> failed) {
        try {
            return byIssue(updates, writer.writeAll(updates));
        } catch (ContendedWriteException e) {
            Set<Long> contended = Set.copyOf(e.issueIds());
            contended.forEach(id -> failed.put(id, e));
            List<TicketUpdate> rest = updates.stream().filter(u -> !contended.contains(u.issueId())).toList();
            // The rest was written, but writeAll threw before saying at which versions: writing them again
            // finds them stored as given and returns those versions (or writes them, if someone changed them since).
            try {
                return byIssue(rest, writer.writeAll(rest));
            } catch (RuntimeException again) {
                return writeOneByOne(rest, failed);
            }
        } catch (RuntimeException e) {
            return writeOneByOne(updates, failed);
        }
    }

    private Map<Long, WriteResult> writeOneByOne(List<TicketUpdate> updates, Map<Long, RuntimeException> failed) {
        Map<Long, WriteResult> results = new LinkedHashMap<>();
        for (TicketUpdate update : updates) {
            try {
                results.put(update.issueId(), writer.write(update.issueId(), update.computedLines(), update.facts()));
            } catch (RuntimeException e) {
                failed.put(update.issueId(), e);
            }
        }
        return results;
    }

    /** Stores the sync records in one transaction, else one by one; returns the tickets whose record is stored. */
    private Set<Long> putSyncsIsolated(List<TicketSync> syncs, Map<Long, RuntimeException> failed) {
        Set<Long> stored = new HashSet<>();
        try {
            sync.putAll(syncs);
            syncs.forEach(s -> stored.add(s.issueId()));
        } catch (RuntimeException e) {
            for (TicketSync s : syncs) {
                try {
                    sync.put(s);
                    stored.add(s.issueId());
                } catch (RuntimeException single) {
                    // Facts are written but the record is not: the ticket looks stale to the reconcile job, never current.
                    failed.put(s.issueId(), single);
                }
            }
        }
        return stored;
    }

    private static Map<Long, WriteResult> byIssue(List<TicketUpdate> updates, List<WriteResult> results) {
        Map<Long, WriteResult> byIssue = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            byIssue.put(updates.get(i).issueId(), results.get(i));
        }
        return byIssue;
    }

    private static RecomputeBatch outcome(List<Long> ids, Map<Long, Recompute> done, Map<Long, RuntimeException> failed) {
        List<Recompute> inOrder = new ArrayList<>(done.size());
        Map<Long, RuntimeException> failedInOrder = new LinkedHashMap<>();
        for (long id : ids) {
            if (failed.containsKey(id)) {
                failedInOrder.put(id, failed.get(id));
            } else if (done.containsKey(id)) {
                inOrder.add(done.get(id));
            }
        }
        return new RecomputeBatch(inOrder, failedInOrder);
    }

    private Optional<SourcedTicket> readChecked(long issueId) {
        Optional<SourcedTicket> read = source.read(issueId);
        if (read.isPresent() && read.get().snapshot().issueId() != issueId) {
            throw new IllegalStateException("the ticket source returned issue " + read.get().snapshot().issueId()
                    + " when asked for " + issueId);
        }
        return read;
    }

    private Recompute remove(long issueId, TicketFacts before) {
        boolean hadData = writer.remove(issueId);
        sync.remove(issueId);
        return new Recompute.Removed(issueId, before, hadData);
    }

    /**
     * The customer tiers of a batch in one lookup (one read of RFM scores instead of one per ticket);
     * empty when that fails, so each ticket then looks up its own and fails alone.
     */
    private Map<Long, CustomerTier> tiersOfAll(Collection<SourcedTicket> tickets, PreparedSettings prepared) {
        try {
            return tiers.tiersOf(tickets.stream().map(SourcedTicket::snapshot).toList(), prepared.document().tiering());
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** @param customerTier the ticket's tier when already looked up, else null */
    private TicketUpdate compute(SourcedTicket ticket, List<CostLine> manual, CustomerTier customerTier, PreparedSettings prepared,
                                 Instant now) {
        CustomerTier known = customerTier != null ? customerTier : tiers.tierOf(ticket.snapshot(), prepared.document().tiering());
        String tier = known.tier();
        TicketComputation.ComputedTicket computed = prepared.computation().compute(ticket.snapshot(), manual, tier, now);
        List<CostLine> computedLines = computed.lines().stream().filter(line -> !line.isManual()).toList();
        return new TicketUpdate(ticket.snapshot().issueId(), computedLines, computed.facts());
    }

    private static TicketSync syncOf(SourcedTicket ticket, TicketUpdate update, WriteResult result, Instant now,
                                     PreparedSettings prepared) {
        return new TicketSync(update.issueId(), ticket.updated(), result.version(), now, prepared.revision(),
                recheckAt(update.facts(), prepared));
    }

    private static TicketFacts factsOf(VersionedFacts stored) {
        return stored == null ? null : stored.facts();
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
