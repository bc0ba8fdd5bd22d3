package io.balancepoint.ingest;

import java.util.List;

/**
 * What a recompute worker has done since it was created.
 *
 * @param recomputed      tickets recomputed successfully (written, unchanged or removed)
 * @param failures        failed attempts
 * @param gaveUp          tickets dropped after their last attempt failed (the reconcile job finds them again)
 * @param retrying        tickets waiting for another attempt
 * @param recentlyGivenUp the latest ids given up, newest last
 */
public record WorkerStats(long recomputed, long failures, long gaveUp, int retrying, List<Long> recentlyGivenUp) {

    public WorkerStats {
        recentlyGivenUp = List.copyOf(recentlyGivenUp);
    }
}
