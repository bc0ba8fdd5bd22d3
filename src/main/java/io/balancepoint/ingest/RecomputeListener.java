package io.balancepoint.ingest;

import java.util.List;

/**
 * Told, on the worker's thread, which tickets a batch recomputed (after their facts and sync
 * records are stored), so work that follows a ticket's change, such as routing a new ticket, runs in
 * the background and sees the stored facts. Must not throw for one ticket's sake: the worker logs
 * whatever it throws and goes on; the tickets stay recomputed.
 */
@FunctionalInterface
public interface RecomputeListener {

    /** Does nothing. */
    RecomputeListener NONE = done -> { };

    /** @param done the tickets of one batch that were recomputed, written or removed */
    void recomputed(List<Recompute> done);
}
