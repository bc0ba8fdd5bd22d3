package io.balancepoint.roi;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parameters of the productivity-restored value model for internal service desks (see
 * {@link InternalValue}). Priority and request-type names match Jira's exactly (case-sensitive).
 *
 * <p>Defaults ({@link #defaults()}): no internal projects; impact share Highest 100 %, High 50 %,
 * Medium 25 %, Low 10 % (SPEC); employee hourly cost not set (required once a project is marked
 * internal: it depends on the organisation and currency); baseline target resolution in business
 * hours Highest 4, High 8, Medium 16, Low 40 — our starting values (half a day, a day, two days,
 * a week), not a published benchmark, to be replaced by the desk's own targets; no baseline
 * support tiers (so no shift-left savings until they are set).
 *
 * @param projectKeys                      projects that use this model instead of the customer CLV model
 * @param impactSharePercentByPriority     share of the requester's working time lost while the ticket is open, 0..100
 * @param employeeHourlyCost               the requesters' loaded hourly cost, base currency
 * @param targetResolutionHoursByPriority  the baseline: business hours to resolution per priority
 * @param baselineSupportTierByRequestType the support tier that would resolve the request type without shift-left
 */
public record InternalDeskSettings(
        List<String> projectKeys,
        Map<String, BigDecimal> impactSharePercentByPriority,
        BigDecimal employeeHourlyCost,
        Map<String, BigDecimal> targetResolutionHoursByPriority,
        Map<String, String> baselineSupportTierByRequestType) {

    public InternalDeskSettings {
        projectKeys = Copies.list(projectKeys);
        impactSharePercentByPriority = Copies.sortedMap(impactSharePercentByPriority);
        targetResolutionHoursByPriority = Copies.sortedMap(targetResolutionHoursByPriority);
        baselineSupportTierByRequestType = Copies.sortedMap(baselineSupportTierByRequestType);
    }

    public static InternalDeskSettings defaults() {
        return new InternalDeskSettings(List.of(),
                Map.of("Highest", BigDecimal.valueOf(100), "High", BigDecimal.valueOf(50),
                        "Medium", BigDecimal.valueOf(25), "Low", BigDecimal.valueOf(10)),
                null,
                Map.of("Highest", BigDecimal.valueOf(4), "High", BigDecimal.valueOf(8),
                        "Medium", BigDecimal.valueOf(16), "Low", BigDecimal.valueOf(40)),
                Map.of());
    }

    /** True when {@code projectKey} is marked internal. */
    public boolean isInternal(String projectKey) {
        return projectKeys.contains(projectKey);
    }

    void validate(Problems problems) {
        Set<String> seen = new HashSet<>();
        problems.each(projectKeys, "projectKeys", (p, item) -> {
            String key = (String) item;
            if (key.isBlank()) {
                p.add("must not be blank");
            } else if (!seen.add(key)) {
                p.add("is listed twice (" + key + ")");
            }
        });
        Problems shares = problems.at("impactSharePercentByPriority");
        impactSharePercentByPriority.forEach((priority, share) -> RoiSettings.checkPercent(shares, priority, share));
        if (employeeHourlyCost == null) {
            if (!projectKeys.isEmpty()) {
                problems.add("employeeHourlyCost", "is required when projectKeys is not empty");
            }
        } else if (employeeHourlyCost.signum() < 0) {
            problems.add("employeeHourlyCost", "must not be negative");
        }
        Problems targets = problems.at("targetResolutionHoursByPriority");
        targetResolutionHoursByPriority.forEach((priority, hours) -> {
            if (targets.required(hours, priority) && hours.signum() < 0) {
                targets.add(priority, "must not be negative");
            }
        });
        Problems baselineTiers = problems.at("baselineSupportTierByRequestType");
        baselineSupportTierByRequestType.forEach((requestType, tier) -> {
            if (tier == null || tier.isBlank()) {
                baselineTiers.add(requestType, "is required");
            }
        });
    }
}
