package io.balancepoint.routing;

/** How many tickets of a dry run would land in a support tier and group (group null: none set). */
public record TargetCount(String supportTier, String assigneeGroup, int tickets) {
}
