package io.balancepoint.store;

/** The kinds of money-changing admin actions the audit log records. */
public enum AuditAction {
    /** A saved settings document (rates, channel costs, overhead, …): changes future recomputes. */
    SETTINGS_CHANGE,
    /** A recalculation of a date range was started (written first, so an interrupted run is still on record). */
    RECALCULATION_STARTED,
    /** A recalculation of a date range ended: how many tickets changed, total cost before and after. */
    RECALCULATION,
    /** The day rollups were rebuilt from ticket facts. */
    ROLLUP_REBUILD,
    /** A direct cost line was added to a ticket by hand. */
    MANUAL_COST_ADDED,
    /** A direct cost line was changed. */
    MANUAL_COST_CHANGED,
    /** A direct cost line was deleted. */
    MANUAL_COST_DELETED
}
