package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.ao.CostLineEntity;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * First load of many tickets that are not stored yet (the workbench's sample desk, benchmark
 * datasets, an imported export): facts and lines go in with batched inserts, one transaction per
 * chunk, and the rollups are rebuilt from the facts afterwards. Unlike {@link TicketWriter} it does
 * not diff or apply deltas, so it must never be used for tickets that are already stored — the
 * unique issue id of the facts table refuses them, rolling back the chunk.
 */
public final class BulkLoader {

    /** One ticket to load: its computed and manual lines, and its facts. */
    public record LoadedTicket(List<CostLine> lines, TicketFacts facts) {
    }

    private final AoStorage storage;

    public BulkLoader(AoStorage storage) {
        this.storage = storage;
    }

    /** Inserts one chunk of new tickets in one transaction; call {@link RollupStore#rebuild} when all are in. */
    public void insert(List<LoadedTicket> chunk) {
        storage.inTransaction(() -> {
            List<Map<String, Object>> facts = new ArrayList<>(chunk.size());
            List<Map<String, Object>> lines = new ArrayList<>(chunk.size() * 8);
            for (LoadedTicket ticket : chunk) {
                TicketFacts f = ticket.facts();
                facts.add(TicketFactsRows.columns(f, FactsStore.ABSENT + 1));
                for (CostLine line : ticket.lines()) {
                    lines.add(CostLineRows.columns(f.issueId(), f.projectKey(), line));
                }
            }
            storage.createAll(TicketFactsEntity.class, facts);
            storage.createAll(CostLineEntity.class, lines);
            return null;
        });
    }
}
