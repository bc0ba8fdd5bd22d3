package io.balancepoint.roi;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * What a loyal customer of one customer tier is worth per year.
 *
 * @param tier          the customer tier name as the tiering settings spell it (e.g. {@code Gold})
 * @param yearlyProfit  R, yearly profit from a loyal customer of the tier, in the base currency
 * @param loyaltyYears  n, expected years of loyalty; null = {@link RoiSettings#defaultLoyaltyYears()}
 */
public record TierValue(String tier, BigDecimal yearlyProfit, Integer loyaltyYears) {

    void validate(Problems problems) {
        if (tier == null || tier.isBlank()) {
            problems.add("tier", "is required");
        }
        if (problems.required(yearlyProfit, "yearlyProfit") && yearlyProfit.signum() < 0) {
            problems.add("yearlyProfit", "must not be negative");
        }
        if (loyaltyYears != null) {
            RoiSettings.checkYears(problems, "loyaltyYears", loyaltyYears);
        }
    }
}
