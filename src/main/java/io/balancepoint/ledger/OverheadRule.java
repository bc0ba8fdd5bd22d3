package io.balancepoint.ledger;

import io.balancepoint.time.EffectiveDated;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Overhead allocated to tickets, in force on a range of days: a percentage uplift on labour, a
 * fixed amount per resolved ticket, or both.
 *
 * @param projectKey        the project it applies to; null = every project without a rule of its own that day
 * @param upliftPercent     percent of labour cost added as overhead (15 = 15 %); null = none
 * @param perResolvedTicket amount in the base currency added once per resolved ticket; null = none
 */
public record OverheadRule(
        String projectKey, BigDecimal upliftPercent, BigDecimal perResolvedTicket, LocalDate from, LocalDate until)
        implements EffectiveDated {

    /** Reports this rule's own problems. */
    public void validate(Problems problems) {
        if (projectKey != null && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank; leave it empty for all projects");
        }
        if (upliftPercent == null && perResolvedTicket == null) {
            problems.add("upliftPercent", "give upliftPercent, perResolvedTicket or both");
        }
        if (upliftPercent != null && upliftPercent.signum() < 0) {
            problems.add("upliftPercent", "must not be negative");
        }
        if (perResolvedTicket != null && perResolvedTicket.signum() < 0) {
            problems.add("perResolvedTicket", "must not be negative");
        }
        EffectiveDatedChecks.checkDates(this, problems);
    }

    /** "project SD" or "all projects", for notes on the lines this rule produces. */
    public String scope() {
        return projectKey == null ? "all projects" : "project " + projectKey;
    }
}
