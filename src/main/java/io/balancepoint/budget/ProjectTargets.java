package io.balancepoint.budget;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's targets for one fiscal year. The cost budget (base currency) is required and is
 * split in time and space; the ratios are optional (null = no target) and hold at every level:
 * target cost per resolution (base currency), target FCR as a rate between 0 and 1 (like the FCR
 * metric itself: 0.75 = 75 %), target CSAT as a mean rating between 1 and 5. {@code shares}
 * divide the targets among teams, support tiers or agents, in percent summing to 100 per dimension.
 */
public record ProjectTargets(String projectKey, Integer fiscalYear, BigDecimal costBudget,
                             BigDecimal targetCostPerResolution, BigDecimal targetFcr, BigDecimal targetCsat,
                             List<SpaceShare> shares) {

    private static final BigDecimal MIN_CSAT = BigDecimal.ONE;
    private static final BigDecimal MAX_CSAT = BigDecimal.valueOf(5);

    public ProjectTargets {
        shares = Copies.list(shares);
    }

    /** The shares of one dimension, in the order they are listed. */
    public List<SpaceShare> sharesOf(SpaceDimension dimension) {
        return shares.stream().filter(share -> share != null && share.dimension() == dimension).toList();
    }

    public void validate(Problems problems) {
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
        if (problems.required(fiscalYear, "fiscalYear") && (fiscalYear < 1000 || fiscalYear > 9999)) {
            problems.add("fiscalYear", "must be a four-digit year");
        }
        if (problems.required(costBudget, "costBudget") && costBudget.signum() < 0) {
            problems.add("costBudget", "must not be negative");
        }
        if (targetCostPerResolution != null && targetCostPerResolution.signum() < 0) {
            problems.add("targetCostPerResolution", "must not be negative");
        }
        if (targetFcr != null && (targetFcr.signum() < 0 || targetFcr.compareTo(BigDecimal.ONE) > 0)) {
            problems.add("targetFcr", "must be between 0 and 1 (a rate: 0.75 = 75 %)");
        }
        if (targetCsat != null && (targetCsat.compareTo(MIN_CSAT) < 0 || targetCsat.compareTo(MAX_CSAT) > 0)) {
            problems.add("targetCsat", "must be between 1 and 5");
        }
        problems.each(shares, "shares", (at, share) -> ((SpaceShare) share).validate(at));
        validateShareKeysUnique(problems);
        validateSharesAddUp(problems);
    }

    private void validateShareKeysUnique(Problems problems) {
        Map<Map.Entry<SpaceDimension, String>, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            SpaceShare share = shares.get(i);
            if (share == null || share.dimension() == null || share.key() == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(Map.entry(share.dimension(), share.key()), i);
            if (earlier != null) {
                problems.at("shares").at(i).add("key", "duplicates shares[" + earlier + "] (" + share.describe() + ")");
            }
        }
    }

    private void validateSharesAddUp(Problems problems) {
        Map<SpaceDimension, BigDecimal> totals = new TreeMap<>();
        for (SpaceShare share : shares) {
            if (share != null && share.dimension() != null && share.sharePercent() != null) {
                totals.merge(share.dimension(), share.sharePercent(), BigDecimal::add);
            }
        }
        totals.forEach((dimension, total) -> {
            if (total.compareTo(SpaceShare.HUNDRED) != 0) {
                problems.add("shares", dimension + " shares add up to " + total.toPlainString()
                        + " %, must add up to exactly 100");
            }
        });
    }
}
