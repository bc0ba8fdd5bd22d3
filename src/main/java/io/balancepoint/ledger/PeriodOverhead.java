package io.balancepoint.ledger;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Overhead of one project in one month that is not allocated to tickets (tools, facilities,
 * training); period metrics add it to the month's cost. Several entries for the same project and
 * month add up. Costs shared by several projects are split by the admin into per-project entries,
 * so nothing is allocated by a rule nobody sees.
 */
public record PeriodOverhead(String projectKey, YearMonth month, BigDecimal amount, String note) {

    /** Reports this entry's own problems. */
    public void validate(Problems problems) {
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
        problems.required(month, "month");
        if (problems.required(amount, "amount") && amount.signum() < 0) {
            problems.add("amount", "must not be negative");
        }
    }
}
