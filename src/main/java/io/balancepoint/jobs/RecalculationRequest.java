package io.balancepoint.jobs;

import io.balancepoint.time.DateRange;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An admin's request to recalculate the tickets of a range of days (in the instance time zone):
 * those resolved in it and those with a cost line that occurred in it.
 *
 * @param days  from (inclusive) until (exclusive; open = up to now)
 * @param actor the user key of the admin, for the audit log
 */
public record RecalculationRequest(DateRange days, String actor) {

    public RecalculationRequest {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * A request from user input.
     *
     * @throws InvalidInputException with every problem (field, reason)
     */
    public static RecalculationRequest of(LocalDate from, LocalDate until, String actor) {
        Problems problems = new Problems();
        problems.required(from, "from");
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add("until", "must be after from (" + from + ")");
        }
        if (actor == null || actor.isBlank()) {
            problems.add("actor", "is required: who recalculates is audited");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("recalculation not started", problems.list());
        }
        return new RecalculationRequest(new DateRange(from, until), actor);
    }
}
