package io.balancepoint.roi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A satisfaction method with Anton's thresholds. Both comparisons are strict, as the SPEC words
 * them: loyal when the index is <em>above</em> the loyal threshold, disloyal when it is
 * <em>below</em> the disloyal threshold; an index equal to a threshold is neutral.
 */
public record LoyaltyScale(SatisfactionMethod method, BigDecimal loyalThreshold, BigDecimal disloyalThreshold) {

    public LoyaltyScale {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(loyalThreshold, "loyalThreshold");
        Objects.requireNonNull(disloyalThreshold, "disloyalThreshold");
    }

    public BigDecimal index(int csat) {
        return SatisfactionIndex.of(csat, method);
    }

    public Loyalty loyaltyOf(int csat) {
        BigDecimal index = index(csat);
        if (index.compareTo(loyalThreshold) > 0) {
            return Loyalty.LOYAL;
        }
        if (index.compareTo(disloyalThreshold) < 0) {
            return Loyalty.DISLOYAL;
        }
        return Loyalty.NEUTRAL;
    }
}
