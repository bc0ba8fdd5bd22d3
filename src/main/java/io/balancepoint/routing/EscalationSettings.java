package io.balancepoint.routing;

import io.balancepoint.validation.Problems;

/**
 * When a ticket moves up one support tier.
 *
 * @param followUpThreshold escalate each time the customer's follow-ups reach another multiple of this
 * @param escalateOnReopen  escalate when the ticket is reopened
 * @param allowManual       agents may ask for escalation
 */
public record EscalationSettings(int followUpThreshold, boolean escalateOnReopen, boolean allowManual) {

    /** SPEC §3: three follow-ups, reopen escalates, manual allowed. */
    public static EscalationSettings defaults() {
        return new EscalationSettings(3, true, true);
    }

    public void validate(Problems problems) {
        problems.require(followUpThreshold >= 1, "followUpThreshold", "must be at least 1");
    }
}
