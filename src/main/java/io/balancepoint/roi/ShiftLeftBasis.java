package io.balancepoint.roi;

import io.balancepoint.validation.Copies;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What shift-left savings are priced with: the support tiers from lowest to highest (e.g. L0, L1,
 * L2, L3 — the routing settings own them) and the average cost per resolution of each tier.
 *
 * @param supportTierOrder          lowest (cheapest, first contact) first
 * @param costPerResolutionByTier   tiers without a figure cannot be priced
 */
public record ShiftLeftBasis(List<String> supportTierOrder, Map<String, Money> costPerResolutionByTier) {

    public ShiftLeftBasis {
        supportTierOrder = List.copyOf(supportTierOrder);
        costPerResolutionByTier = Copies.sortedMap(costPerResolutionByTier);
    }

    /**
     * Prices tiers from the month's own facts, with the SPEC's cost per resolution: the cost of
     * every resolved ticket of the tier ÷ the tier's real (not excluded) resolutions. Tickets
     * without a support tier and tiers without a real resolution get no figure.
     */
    public static ShiftLeftBasis fromFacts(List<String> supportTierOrder, List<TicketFacts> facts) {
        Map<String, Money> costs = new HashMap<>();
        Map<String, Integer> realResolutions = new HashMap<>();
        for (TicketFacts f : facts) {
            if (f.isResolved() && f.supportTier() != null) {
                costs.merge(f.supportTier(), f.totalCost(), Money::plus);
                realResolutions.merge(f.supportTier(), f.realResolution() ? 1 : 0, Integer::sum);
            }
        }
        Map<String, Money> perResolution = new TreeMap<>();
        costs.forEach((tier, cost) -> {
            int resolutions = realResolutions.get(tier);
            if (resolutions > 0) {
                perResolution.put(tier, cost.dividedBy(resolutions));
            }
        });
        return new ShiftLeftBasis(supportTierOrder, perResolution);
    }

    /** Position of {@code tier} in the order, empty when it is not listed. */
    OptionalInt rankOf(String tier) {
        int rank = tier == null ? -1 : supportTierOrder.indexOf(tier);
        return rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    Money costOf(String tier) {
        return tier == null ? null : costPerResolutionByTier.get(tier);
    }
}
