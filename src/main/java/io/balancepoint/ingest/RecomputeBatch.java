package io.balancepoint.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What recomputing a batch of tickets did: each ticket either recomputed or failed on its own, so
 * one ticket that cannot be read, computed or written never fails the others.
 *
 * @param done   the tickets recomputed, in the order they were given
 * @param failed why each failed ticket failed, in the order they were given; they may be retried
 */
public record RecomputeBatch(List<Recompute> done, Map<Long, RuntimeException> failed) {

    public RecomputeBatch {
        done = List.copyOf(done);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }
}
