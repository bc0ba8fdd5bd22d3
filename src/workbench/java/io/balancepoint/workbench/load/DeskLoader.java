package io.balancepoint.workbench.load;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ingest.PreparedSettings;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.BulkLoader;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketSync;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.tiering.CustomerActivityCollector;
import io.balancepoint.tiering.CustomerRequest;
import io.balancepoint.tiering.CustomerTierLookup;
import io.balancepoint.tiering.MonetarySource;
import io.balancepoint.tiering.RfmScorer;
import io.balancepoint.tiering.RfmScores;
import io.balancepoint.tiering.RfmSettings;
import io.balancepoint.tiering.RfmTierLookup;
import io.balancepoint.workbench.tickets.WorkbenchTickets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first load of a desk into an empty workbench, fast: tickets into the workbench's tables,
 * customers RFM-scored, every ticket computed with the settings in force and written with
 * {@link BulkLoader} (batched inserts, one transaction per page, together with its sync record so
 * the reconcile job finds every ticket current), then the rollups built once from the facts.
 *
 * <p>Why not the recompute worker or the backfill job: they diff each ticket against what is stored
 * and apply rollup deltas one ticket at a time, which is right for changes and wasted on a first
 * load. And RFM tiers need the whole population before the first ticket is costed; scoring here
 * uses the same scorer the daily {@code RfmScoringJob} uses, fed from the tickets since no facts
 * exist yet, so the job's next run gives the same scores. After the load everything goes the
 * product's normal way (queue, worker, jobs).
 */
public final class DeskLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DeskLoader.class);
    private static final int CHUNK = 500;

    private final WorkbenchTickets tickets;
    private final AoStorage storage;
    private final SettingsStore settings;
    private final SettingsInForce inForce;
    private final FactsStore facts;
    private final RollupStore rollups;
    private final TicketSyncStore sync;
    private final RfmScoreStore scores;
    private final Clock clock;
    private final AtomicReference<LoadStatus> status = new AtomicReference<>(LoadStatus.idle());
    /** Time per phase of the last load, for the log. */
    private final StringBuilder timings = new StringBuilder();
    private long phaseStarted;

    public DeskLoader(WorkbenchTickets tickets, AoStorage storage, SettingsStore settings, SettingsInForce inForce,
                      FactsStore facts, RollupStore rollups, TicketSyncStore sync, RfmScoreStore scores, Clock clock) {
        this.tickets = tickets;
        this.storage = storage;
        this.settings = settings;
        this.inForce = inForce;
        this.facts = facts;
        this.rollups = rollups;
        this.sync = sync;
        this.scores = scores;
        this.clock = clock;
    }

    public LoadStatus status() {
        return status.get();
    }

    /** Loads {@code content}; progress in {@link #status()}. Throws (and reports "failed") when the load fails. */
    public void load(DeskContent content) {
        long started = System.nanoTime();
        try {
            report("settings", 0, 1);
            content.settings().ifPresent(document -> {
                long revision = settings.currentRevision();
                settings.save(document, revision, "workbench", "settings of the loaded desk", clock.instant());
            });
            tickets.putProjects(content.projects());
            tickets.putOrganisations(content.organisations());
            PreparedSettings prepared = inForce.refresh();

            long expected = content.expectedTickets();
            List<CustomerRequest> requests = new ArrayList<>();
            long[] stored = {0};
            report("tickets", 0, expected);
            content.tickets(CHUNK, chunk -> {
                tickets.putAll(chunk);
                chunk.forEach(t -> {
                    var snapshot = t.ticket().snapshot();
                    if (snapshot.customerKey() != null) {
                        requests.add(new CustomerRequest(snapshot.issueId(), snapshot.customerKey(), snapshot.organisation(), snapshot.created()));
                    }
                });
                stored[0] += chunk.size();
                report("tickets", stored[0], Math.max(expected, stored[0]));
            });

            report("customers", 0, requests.size());
            RfmScores scored = scoreCustomers(prepared, requests);
            // the scores just stored, looked up in memory rather than one query per ticket
            CustomerTierLookup tiers = new RfmTierLookup(customer -> scored);
            report("customers", requests.size(), requests.size());

            long total = stored[0];
            report("costs", 0, total);
            long done = 0;
            long after = 0;
            for (List<SourcedTicket> page = tickets.readAfter(after, CHUNK); !page.isEmpty(); page = tickets.readAfter(after, CHUNK)) {
                writeCosts(prepared, tiers, page);
                done += page.size();
                after = page.get(page.size() - 1).snapshot().issueId();
                report("costs", done, total);
            }

            report("rollups", 0, 1);
            rollups.rebuild(facts, Optional.empty());
            report("done", total, total);
            status.set(new LoadStatus("done", total, total, true, null));
            LOG.info("Loaded {} tickets ({} customers scored) in {} ms: {}", total, scored.byCustomer().size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), timings);
        } catch (RuntimeException e) {
            LoadStatus at = status.get();
            status.set(new LoadStatus("failed", at.done(), at.total(), true, String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /** Marks a load as not needed (the desk was loaded by an earlier run). */
    public void alreadyLoaded(long ticketCount) {
        status.set(new LoadStatus("done", ticketCount, ticketCount, true, null));
    }

    private RfmScores scoreCustomers(PreparedSettings prepared, List<CustomerRequest> requests) {
        RfmSettings rfm = prepared.document().tiering().rfm();
        ZoneId zone = prepared.document().workingTime().zone();
        LocalDate asOf = clock.instant().atZone(zone).toLocalDate();
        if (!rfm.enabled()) {
            return RfmScores.none(asOf);
        }
        CustomerActivityCollector collector = new CustomerActivityCollector(rfm, asOf, zone);
        requests.forEach(collector::add);
        Map<String, BigDecimal> values = rfm.monetary().kind() == MonetarySource.Kind.ORGANISATION_ATTRIBUTE
                ? tickets.values(rfm.monetary().attributeName()) : Map.of();
        RfmScores scored = RfmScorer.score(collector.activities(values), asOf, rfm);
        scores.replaceAll(scored);
        return scored;
    }

    private void writeCosts(PreparedSettings prepared, CustomerTierLookup tiers, List<SourcedTicket> page) {
        Instant now = clock.instant();
        TicketComputation computation = prepared.computation();
        List<BulkLoader.LoadedTicket> loaded = new ArrayList<>(page.size());
        List<TicketSync> syncs = new ArrayList<>(page.size());
        for (SourcedTicket ticket : page) {
            String tier = tiers.tierOf(ticket.snapshot(), prepared.document().tiering()).tier();
            TicketComputation.ComputedTicket computed = computation.compute(ticket.snapshot(), List.of(), tier, now);
            loaded.add(new BulkLoader.LoadedTicket(computed.lines(), computed.facts()));
            syncs.add(new TicketSync(ticket.snapshot().issueId(), ticket.updated(), FactsStore.ABSENT + 1, now,
                    prepared.revision(), recheckAt(computed.facts(), prepared)));
        }
        storage.inTransaction(() -> {
            new BulkLoader(storage).insert(loaded);
            sync.insertAll(syncs);
            return null;
        });
    }

    /** As the recomputer records it: a provisional FCR verdict is due for a recheck when its reopen window closes. */
    private static Instant recheckAt(TicketFacts facts, PreparedSettings prepared) {
        if (facts.fcrStatus() != FcrStatus.PROVISIONAL || facts.resolvedAt() == null) {
            return null;
        }
        return facts.resolvedAt().plus(Duration.ofDays(prepared.document().fcr().reopenWindowDays()));
    }

    private void report(String phase, long done, long total) {
        LoadStatus previous = status.getAndSet(new LoadStatus(phase, done, total, false, null));
        long now = System.nanoTime();
        if (!previous.phase().equals(phase)) {
            if (phaseStarted != 0) {
                timings.append(previous.phase()).append(' ').append((now - phaseStarted) / 1_000_000).append(" ms, ");
            }
            phaseStarted = now;
        }
    }
}
