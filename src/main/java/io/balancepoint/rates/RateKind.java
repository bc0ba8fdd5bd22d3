package io.balancepoint.rates;

import io.balancepoint.ledger.RateSource;

/** What an hourly rate is attached to, in order of precedence (a user rate beats everything). */
public enum RateKind {
    /** One person, keyed by Jira user key. */
    USER,
    /** A Jira group or project role, keyed by its name. */
    ROLE,
    /** An agent tier (e.g. L1, L2), keyed by tier name; people join tiers through tier assignments. */
    AGENT_TIER,
    /** The instance default; has no key. */
    DEFAULT;

    /** The rate source recorded on cost lines priced with a rate of this kind. */
    public RateSource source() {
        return switch (this) {
            case USER -> RateSource.USER;
            case ROLE -> RateSource.ROLE;
            case AGENT_TIER -> RateSource.AGENT_TIER;
            case DEFAULT -> RateSource.DEFAULT;
        };
    }
}
