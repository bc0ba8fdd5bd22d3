package io.balancepoint.ledger;

/** Where the rate on a cost line came from. */
public enum RateSource {
    /** The worklog author's own rate. */
    USER,
    /** A rate for a Jira group or project role the author belongs to. */
    ROLE,
    /** The rate of the author's agent tier. */
    AGENT_TIER,
    /** The instance default rate. */
    DEFAULT,
    /** Standard handle time × default rate, for resolved tickets without worklogs. */
    ESTIMATE,
    /** The channel's cost per contact. */
    CHANNEL,
    /** An overhead rule (uplift percentage or amount per resolved ticket). */
    OVERHEAD,
    /** Entered by a person or a script. */
    MANUAL,
    /** Labour that no rate covered on its day: amount 0, hours kept, so the gap shows instead of vanishing. */
    UNRATED
}
