package io.balancepoint.roi;

/** Anton's reading of a satisfaction index: above the loyal threshold, below the disloyal one, or between. */
public enum Loyalty {
    LOYAL(1), NEUTRAL(0), DISLOYAL(-1);

    private final int sign;

    Loyalty(int sign) {
        this.sign = sign;
    }

    /** +1 for loyal, −1 for disloyal, 0 otherwise: the weight of the customer's CLV in a benefit. */
    public int sign() {
        return sign;
    }
}
