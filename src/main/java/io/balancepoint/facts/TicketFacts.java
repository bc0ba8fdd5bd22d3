package io.balancepoint.facts;

import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one ticket amounts to, derived from its snapshot, cost lines and settings: the row every
 * period metric, rollup and dashboard is built from.
 *
 * @param resolvedAt          the latest resolution, or null while unresolved; decides the ticket's period
 * @param resolution          the current resolution name, or null
 * @param realResolution      resolved with a resolution that is not excluded (Duplicate, Won't Do, …)
 * @param resolvedBy          who made the latest resolution (FCR by agent)
 * @param customerFollowUps   customer public comments after the first agent public response, before resolution
 * @param firstResponse       creation to first agent public response; null when none
 * @param resolutionTime      creation to latest resolution; null while unresolved
 * @param csat                1–5, or null when not rated
 */
public record TicketFacts(
        long issueId,
        String issueKey,
        String projectKey,
        String requestType,
        String channel,
        String priority,
        String customerKey,
        String organisation,
        String customerTier,
        String supportTier,
        Instant created,
        Instant resolvedAt,
        String resolution,
        boolean realResolution,
        String resolvedBy,
        Money totalCost,
        Map<CostCategory, Money> costByCategory,
        long labourSeconds,
        boolean labourEstimated,
        int agentContacts,
        int customerFollowUps,
        int reopenCount,
        Duration firstResponse,
        Duration resolutionTime,
        Integer csat,
        FcrStatus fcrStatus) {

    public TicketFacts {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(fcrStatus, "fcrStatus");
        // EnumMap: categories always iterate in declaration order, so exports and JSON are stable.
        costByCategory = Collections.unmodifiableMap(costByCategory.isEmpty()
                ? new EnumMap<>(CostCategory.class) : new EnumMap<>(costByCategory));
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
