package io.balancepoint.store;

import io.balancepoint.time.DateRange;
import java.util.Objects;

/**
 * Which day rollups to read: one project, the resolution days in {@code days}, and optionally one
 * value of any dimension (null = any value).
 */
public record RollupQuery(
        String projectKey,
        DateRange days,
        String requestType,
        String channel,
        String customerTier,
        String supportTier,
        String resolvedBy) {

    public RollupQuery {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(days, "days");
    }

    /** All rollups of a project in a date range. */
    public static RollupQuery of(String projectKey, DateRange days) {
        return new RollupQuery(projectKey, days, null, null, null, null, null);
    }

    public RollupQuery withRequestType(String value) {
        return new RollupQuery(projectKey, days, value, channel, customerTier, supportTier, resolvedBy);
    }

    public RollupQuery withChannel(String value) {
        return new RollupQuery(projectKey, days, requestType, value, customerTier, supportTier, resolvedBy);
    }

    public RollupQuery withCustomerTier(String value) {
        return new RollupQuery(projectKey, days, requestType, channel, value, supportTier, resolvedBy);
    }

    public RollupQuery withSupportTier(String value) {
        return new RollupQuery(projectKey, days, requestType, channel, customerTier, value, resolvedBy);
    }

    public RollupQuery withResolvedBy(String value) {
        return new RollupQuery(projectKey, days, requestType, channel, customerTier, supportTier, value);
    }
}
