package io.balancepoint.fcr;

/** A ticket's First Contact Resolution state under the configured policy. */
public enum FcrStatus {
    /** Not resolved yet. */
    OPEN,
    /** Resolved, but not counted: excluded resolution, no agent response and no labour, or a net-FCR exclusion. */
    NOT_APPLICABLE,
    /** Meets the policy, but the reopen window is still open. */
    PROVISIONAL,
    /** Meets the policy and the reopen window has closed. */
    FCR,
    /** Applicable and fails the policy. */
    NOT_FCR;

    /** Counts as a first-contact resolution in rates (provisional ones count until they fail). */
    public boolean countsAsFcr() {
        return this == FCR || this == PROVISIONAL;
    }

    public boolean isApplicable() {
        return this == FCR || this == PROVISIONAL || this == NOT_FCR;
    }
}
