package io.balancepoint.rest.whatif;

import io.balancepoint.rest.InputLimits;
import io.balancepoint.staffing.StaffingScenario;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of {@code POST /whatif/staffing}: one interval's demand and the service target (the fields
 * of {@link StaffingScenario}), and optionally agent counts to compare with the plan.
 *
 * @param compareAgents up to {@value #MAX_COMPARED} agent counts (0..{@value #MAX_AGENTS}) whose queue to report too
 */
public record StaffingRequest(BigDecimal arrivalsPerInterval, Duration interval, BigDecimal averageHandleSeconds,
                              BigDecimal targetAnswerSeconds, BigDecimal targetServiceLevel, BigDecimal shrinkage,
                              BigDecimal agentHourlyCost, List<Integer> compareAgents) {

    static final int MAX_COMPARED = 20;
    static final int MAX_AGENTS = 100_000;
    /** Longest interval: staffing is planned per quarter hour to hour; a day is already generous. */
    static final Duration MAX_INTERVAL = Duration.ofDays(1);

    public StaffingRequest {
        // keeps null entries (reported by validate) where List.copyOf would throw
        compareAgents = compareAgents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(compareAgents));
    }

    public StaffingScenario scenario() {
        return new StaffingScenario(arrivalsPerInterval, interval, averageHandleSeconds, targetAnswerSeconds,
                targetServiceLevel, shrinkage, agentHourlyCost);
    }

    public void validate(Problems problems) {
        Problems limits = new Problems();
        InputLimits.decimal(limits, "arrivalsPerInterval", arrivalsPerInterval);
        InputLimits.decimal(limits, "averageHandleSeconds", averageHandleSeconds);
        InputLimits.decimal(limits, "targetAnswerSeconds", targetAnswerSeconds);
        InputLimits.decimal(limits, "targetServiceLevel", targetServiceLevel);
        InputLimits.decimal(limits, "shrinkage", shrinkage);
        InputLimits.decimal(limits, "agentHourlyCost", agentHourlyCost);
        if (interval != null && interval.compareTo(MAX_INTERVAL) > 0) {
            limits.add("interval", "must be at most one day (P1D)");
        }
        InputLimits.size(limits, "compareAgents", compareAgents, MAX_COMPARED);
        for (int i = 0; i < compareAgents.size() && i < MAX_COMPARED; i++) {
            Integer agents = compareAgents.get(i);
            if (agents == null) {
                limits.at("compareAgents").at(i).add("must not be null");
            } else if (agents < 0 || agents > MAX_AGENTS) {
                limits.at("compareAgents").at(i).add("must be between 0 and " + MAX_AGENTS);
            }
        }
        Problems rules = new Problems();
        scenario().validate(rules);
        InputLimits.report(problems, limits, rules);
    }
}
