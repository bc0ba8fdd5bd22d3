package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cost–benefit curve of a period's resolved tickets, overall and per customer tier, with the
 * balance point on each: everything a chart needs.
 *
 * @param byTier one curve per customer tier met, in {@link RoiSettings#tierOrder()}
 */
public record BalancePointResult(SatisfactionMethod satisfactionMethod, BigDecimal loyalThreshold,
                                 BigDecimal disloyalThreshold, Curve overall, List<Curve> byTier) {

    public BalancePointResult {
        byTier = List.copyOf(byTier);
    }

    /**
     * The deciles of one set of tickets.
     *
     * @param tier                  null for the overall curve and for the curve of tickets without a tier
     * @param overall               true for the curve over all tickets
     * @param deciles               non-empty deciles, cheapest first
     * @param balancePointDecile    the first decile whose next (rated) decile returns less than 1 of benefit
     *                              per 1 of extra cost; null when there is none
     * @param balancePointMeanCost  that decile's mean cost: spending up to about this much per ticket paid for itself
     */
    public record Curve(String tier, boolean overall, int tickets, List<Decile> deciles, Integer balancePointDecile,
                        Money balancePointMeanCost) {

        public Curve {
            deciles = List.copyOf(deciles);
        }
    }

    /**
     * One tenth of the tickets by cost.
     *
     * @param decile                  1 (cheapest tenth) to 10 (dearest tenth); with fewer than 10 tickets
     *                                some numbers are missing
     * @param ratedTickets            tickets with a CSAT rating; satisfaction, shares, CLV and benefit use only these
     * @param meanSatisfactionIndex   null when no ticket is rated (as are the shares, CLV and benefit)
     * @param loyalPercent            share of rated tickets above the loyal threshold, 0..100
     * @param disloyalPercent         share of rated tickets below the disloyal threshold, 0..100
     * @param meanClv                 mean CLV of the rated tickets' customer tiers
     * @param benefit                 Σ over rated tickets of CLV(tier) × (+1 loyal, −1 disloyal, 0 otherwise) ÷ rated tickets
     * @param marginalBenefitPerCost  (benefit of the next rated decile − benefit) ÷ (its mean cost − mean cost);
     *                                null for the last rated decile, for an unrated one and when the mean costs are equal
     */
    public record Decile(int decile, int tickets, Money minCost, Money maxCost, Money meanCost, int ratedTickets,
                         BigDecimal meanSatisfactionIndex, BigDecimal loyalPercent, BigDecimal disloyalPercent,
                         Money meanClv, Money benefit, BigDecimal marginalBenefitPerCost) {
    }
}
