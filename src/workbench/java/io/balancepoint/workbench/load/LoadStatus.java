package io.balancepoint.workbench.load;

/**
 * How far a load is, as {@code GET /workbench/api/load} reports it.
 *
 * @param phase    what runs now: idle, settings, tickets, customers, costs, rollups, done, failed
 * @param done     units of the phase done
 * @param total    units of the phase in all
 * @param finished the load ended (done or failed)
 * @param error    why it failed; null otherwise
 */
public record LoadStatus(String phase, long done, long total, boolean finished, String error) {

    public static LoadStatus idle() {
        return new LoadStatus("idle", 0, 0, true, null);
    }
}
