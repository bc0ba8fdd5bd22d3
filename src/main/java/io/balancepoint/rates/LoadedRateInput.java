package io.balancepoint.rates;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * What the admin page's loaded-rate calculator asks for: a year's cost of one agent, or of a
 * whole team with its paid hours summed, and how much of the paid time is productive.
 *
 * @param annualSalary       gross yearly pay
 * @param benefits           employer costs on top of pay (social charges, pension, insurance)
 * @param allocatedOverhead  the agent's share of supervision, facilities, IT, training, recruiting
 * @param paidHours          paid hours per year (e.g. 2080 = 52 × 40 for one agent)
 * @param shrinkagePercent   percent of paid time not spent on work (leave, training, breaks), 0 ≤ x < 100
 */
public record LoadedRateInput(
        BigDecimal annualSalary,
        BigDecimal benefits,
        BigDecimal allocatedOverhead,
        BigDecimal paidHours,
        BigDecimal shrinkagePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Reports every problem, each under its field name. */
    public void validate(Problems problems) {
        if (problems.required(annualSalary, "annualSalary") && annualSalary.signum() <= 0) {
            problems.add("annualSalary", "must be greater than 0");
        }
        if (problems.required(benefits, "benefits") && benefits.signum() < 0) {
            problems.add("benefits", "must not be negative");
        }
        if (problems.required(allocatedOverhead, "allocatedOverhead") && allocatedOverhead.signum() < 0) {
            problems.add("allocatedOverhead", "must not be negative");
        }
        if (problems.required(paidHours, "paidHours") && paidHours.signum() <= 0) {
            problems.add("paidHours", "must be greater than 0");
        }
        if (problems.required(shrinkagePercent, "shrinkagePercent")
                && (shrinkagePercent.signum() < 0 || shrinkagePercent.compareTo(HUNDRED) >= 0)) {
            problems.add("shrinkagePercent", "must be at least 0 and less than 100");
        }
    }
}
