package io.balancepoint.staffing;

import io.balancepoint.money.Money;

/**
 * The smallest staffing that meets a scenario's service level, with its cost.
 *
 * @param trafficIntensity offered load A in Erlangs
 * @param requiredAgents   agents answering contacts: the smallest count whose service level meets the target
 * @param performance      the queue with {@code requiredAgents}
 * @param scheduledAgents  agents to schedule: ⌈required ÷ (1 − shrinkage)⌉
 * @param labourCost       scheduled agents × hourly cost × interval hours
 */
public record StaffingPlan(StaffingScenario scenario, double trafficIntensity, int requiredAgents,
                           AgentPerformance performance, int scheduledAgents, Money labourCost) {
}
