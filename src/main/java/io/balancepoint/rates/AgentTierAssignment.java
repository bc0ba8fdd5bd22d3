package io.balancepoint.rates;

import io.balancepoint.time.EffectiveDated;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;

/**
 * Puts a person into an agent tier for a range of days. Effective-dated like the rates, so
 * promoting someone from L1 to L2 prices their later work at the L2 rate without repricing
 * what they logged as L1 when an old ticket is recomputed.
 */
public record AgentTierAssignment(String userKey, String tier, LocalDate from, LocalDate until)
        implements EffectiveDated {

    /** Reports this assignment's own problems; whether the tier exists is checked by {@link RateSettings}. */
    public void validate(Problems problems) {
        if (problems.required(userKey, "userKey") && userKey.isBlank()) {
            problems.add("userKey", "must not be blank");
        }
        if (problems.required(tier, "tier") && tier.isBlank()) {
            problems.add("tier", "must not be blank");
        }
        EffectiveDatedChecks.checkDates(this, problems);
    }
}
