package io.balancepoint.budget;

/** Where an actual figure stands against its target. */
public enum VarianceStatus {
    /** Below target by more than the tolerance. */
    UNDER,
    /** Within the tolerance of the target (boundary included). */
    ON_TARGET,
    /** Above target by more than the tolerance. */
    OVER,
    /** No actual figure for the period (no data yet, no resolutions, no ratings). */
    NO_DATA
}
