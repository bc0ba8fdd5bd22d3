package io.balancepoint.tiering;

/** Which step of the resolution order decided a customer's tier. */
public enum TierSource {
    /** An explicit override for the customer. */
    OVERRIDE,
    /** The tier mapped to the customer's organisation. */
    ORGANISATION,
    /** The tier derived from the customer's RFM score. */
    RFM,
    /** None of the above applied: the default tier. */
    DEFAULT
}
