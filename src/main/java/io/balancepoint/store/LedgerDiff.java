package io.balancepoint.store;

import io.balancepoint.ledger.CostLine;
import java.util.List;

/**
 * What a recompute changed in a ticket's computed cost lines, each list ordered by source key.
 *
 * @param added   lines whose source key was not stored
 * @param updated stored lines whose content changed
 * @param removed stored lines whose source key is gone
 */
public record LedgerDiff(List<CostLine> added, List<LineChange> updated, List<CostLine> removed) {

    /** A stored line and what replaced it (same source key). */
    public record LineChange(CostLine before, CostLine after) {
    }

    public static final LedgerDiff NONE = new LedgerDiff(List.of(), List.of(), List.of());

    public LedgerDiff {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }
}
