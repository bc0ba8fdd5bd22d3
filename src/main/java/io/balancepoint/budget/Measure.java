package io.balancepoint.budget;

/** A figure compared against its target in budget vs actual. */
public enum Measure {
    /** Spending in the period (money; a budget, so lower is better). */
    COST(false),
    /** Cost of the period ÷ its resolutions (money). */
    COST_PER_RESOLUTION(false),
    /** First contact resolution rate, 0..1. */
    FCR(true),
    /** Mean CSAT rating, 1..5. */
    CSAT(true);

    private final boolean higherIsBetter;

    Measure(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** Whether being over target is good news (FCR, CSAT) or bad news (cost); for colouring. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
