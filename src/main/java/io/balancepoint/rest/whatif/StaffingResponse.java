package io.balancepoint.rest.whatif;

import io.balancepoint.staffing.AgentPerformance;
import io.balancepoint.staffing.StaffingPlan;
import java.util.List;

/**
 * Result of {@code POST /whatif/staffing}.
 *
 * @param plan     the smallest staffing that meets the target, with the scenario it answers and its cost
 * @param compared the queue with each requested agent count, in the order requested
 */
public record StaffingResponse(StaffingPlan plan, List<AgentPerformance> compared) {
}
