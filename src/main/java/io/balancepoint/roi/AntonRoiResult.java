package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One project-month of Anton's ROI model with every input next to the result, so the gadget can
 * show how the figure arose (it is not accounting profit).
 *
 * @param ratings            ratings given in the month (before keeping each customer's latest)
 * @param tiers              configured tiers in settings order, then tiers without a value by name, then customers without a tier (tier null)
 * @param ratedCustomers     distinct customers with a rating in the month
 * @param roiPercent         (net − cost) ÷ cost × 100; null when the cost is zero (undefined)
 */
public record AntonRoiResult(
        BigDecimal discountRate,
        SatisfactionMethod satisfactionMethod,
        BigDecimal loyalThreshold,
        BigDecimal disloyalThreshold,
        int ratings,
        List<TierOutcome> tiers,
        int ratedCustomers,
        int loyalCustomers,
        int disloyalCustomers,
        Money gain,
        Money loss,
        Money net,
        Money cost,
        BigDecimal roiPercent) {

    public AntonRoiResult {
        tiers = List.copyOf(tiers);
    }

    /**
     * One customer tier's part.
     *
     * @param tier          null for customers without a tier
     * @param valued        the settings give the tier a yearly profit; when false its CLV is 0
     * @param yearlyProfit  R; null when not valued
     * @param loyaltyYears  n actually used; null when not valued
     * @param gain          CLV × loyal customers
     * @param loss          CLV × disloyal customers
     */
    public record TierOutcome(String tier, boolean valued, Money yearlyProfit, Integer loyaltyYears, Money clv,
                              int ratedCustomers, int loyalCustomers, int neutralCustomers, int disloyalCustomers,
                              Money gain, Money loss) {
    }
}
