package io.balancepoint.rest.ticket;

/**
 * Port: asks for a ticket to be recomputed after the API changed its ledger, so its facts and the
 * dashboards' rollups follow. The host binds it to the recompute queue; it must not block.
 */
@FunctionalInterface
public interface RecomputeRequests {

    void recompute(long issueId);
}
