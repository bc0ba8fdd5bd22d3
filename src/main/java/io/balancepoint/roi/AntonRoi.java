package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * John Anton's service ROI for one project and month (<i>Call Center Management by the Numbers</i>):
 * each distinct customer's latest rating of the month decides whether they count as loyal
 * (index above the loyal threshold) or disloyal (below the disloyal threshold); gain = Σ CLV(tier)
 * × loyal customers of the tier, loss = Σ CLV(tier) × disloyal customers, net = gain − loss,
 * ROI % = (net − cost) ÷ cost × 100 with the month's fully loaded service cost.
 *
 * <p>A customer's tier is the one on their latest rating. Customers whose tier has no value in the
 * settings (or who have no tier) are counted but are worth 0.
 */
public final class AntonRoi {

    private AntonRoi() {
    }

    /**
     * @param ratingsOfMonth the ratings given in the month for the project (see {@link CustomerRating#fromFacts})
     * @param monthCost      the month's fully loaded service cost; its currency is the currency of the result
     * @param settings       a valid ROI settings section
     */
    public static AntonRoiResult compute(List<CustomerRating> ratingsOfMonth, Money monthCost, RoiSettings settings) {
        LoyaltyScale scale = settings.loyaltyScale();
        ClvTable clvs = ClvTable.of(settings, monthCost.currency());
        Map<String, CustomerRating> latestByCustomer = ratingsOfMonth.stream().collect(Collectors.toMap(
                CustomerRating::customerKey, r -> r, BinaryOperator.maxBy(CustomerRating.CHRONOLOGICAL)));

        Map<String, EnumMap<Loyalty, Integer>> countsByTier = new TreeMap<>(settings.tierOrder());
        settings.tierValues().forEach(v -> countsByTier.put(v.tier(), new EnumMap<>(Loyalty.class)));
        for (CustomerRating latest : latestByCustomer.values()) {
            countsByTier.computeIfAbsent(latest.customerTier(), t -> new EnumMap<>(Loyalty.class))
                    .merge(scale.loyaltyOf(latest.csat()), 1, Integer::sum);
        }

        List<AntonRoiResult.TierOutcome> tiers = new ArrayList<>();
        Money zero = Money.zero(monthCost.currency());
        Money gain = zero;
        Money loss = zero;
        int loyal = 0;
        int disloyal = 0;
        for (Map.Entry<String, EnumMap<Loyalty, Integer>> entry : countsByTier.entrySet()) {
            AntonRoiResult.TierOutcome outcome = outcomeOf(entry.getKey(), entry.getValue(), settings, clvs);
            tiers.add(outcome);
            gain = gain.plus(outcome.gain());
            loss = loss.plus(outcome.loss());
            loyal += outcome.loyalCustomers();
            disloyal += outcome.disloyalCustomers();
        }
        Money net = gain.minus(loss);
        return new AntonRoiResult(settings.discountRate(), settings.satisfactionMethod(), settings.loyalThreshold(),
                settings.disloyalThreshold(), ratingsOfMonth.size(), tiers, latestByCustomer.size(), loyal, disloyal,
                gain, loss, net, monthCost, RoiPercent.of(net, monthCost));
    }

    private static AntonRoiResult.TierOutcome outcomeOf(String tier, Map<Loyalty, Integer> counts, RoiSettings settings,
                                                        ClvTable clvs) {
        int loyal = counts.getOrDefault(Loyalty.LOYAL, 0);
        int neutral = counts.getOrDefault(Loyalty.NEUTRAL, 0);
        int disloyal = counts.getOrDefault(Loyalty.DISLOYAL, 0);
        Money clv = clvs.clvOrZero(tier);
        TierValue value = tier == null ? null : settings.tierValue(tier).orElse(null);
        return new AntonRoiResult.TierOutcome(tier, value != null,
                value == null ? null : Money.of(value.yearlyProfit(), clv.currency()),
                value == null ? null : settings.loyaltyYearsOf(value),
                clv, loyal + neutral + disloyal, loyal, neutral, disloyal, clv.times(loyal), clv.times(disloyal));
    }
}
