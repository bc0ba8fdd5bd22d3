package io.balancepoint.ledger;

import io.balancepoint.money.Money;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * A request to add a direct cost to a ticket (refund, compensation, material, outsourcing,
 * other), as a person or script enters it. Either a flat {@code amount}, or — for outsourcing
 * only — {@code minutes × pricePerMinute}.
 *
 * <p>Amounts are always positive: a direct line is a cost that arose. A wrong line is corrected
 * by editing or deleting it (both audited), never by a negative "reversal" line, so a ticket's
 * total can never go below zero and every line means what its category says. A refund to the
 * customer is itself a positive cost (category COMPENSATION).
 *
 * @param occurredAt when the cost arose (the entry date unless back-dated)
 * @param author     who entered it (user key, or the script's user)
 */
public record DirectCostEntry(
        CostCategory category,
        BigDecimal amount,
        BigDecimal minutes,
        BigDecimal pricePerMinute,
        Instant occurredAt,
        String note,
        String author) {

    /** Every source key of a manual line starts with this. */
    public static final String SOURCE_PREFIX = "manual:";

    /** Reports every problem, each under its field name. */
    public void validate(Problems problems) {
        if (problems.required(category, "category") && !category.isDirect()) {
            problems.add("category", "must be COMPENSATION, MATERIAL, OUTSOURCING or OTHER; "
                    + category + " lines are computed");
        }
        validateQuantity(problems);
        problems.required(occurredAt, "occurredAt");
        if (problems.required(note, "note") && note.isBlank()) {
            problems.add("note", "must not be blank");
        }
        if (problems.required(author, "author") && author.isBlank()) {
            problems.add("author", "must not be blank");
        }
    }

    private void validateQuantity(Problems problems) {
        boolean byTime = minutes != null || pricePerMinute != null;
        if (amount != null && byTime) {
            problems.add("amount", "give either amount or minutes and pricePerMinute, not both");
        } else if (amount == null && !byTime) {
            problems.add("amount", "is required (or minutes and pricePerMinute for OUTSOURCING)");
        }
        if (amount != null && amount.signum() <= 0) {
            problems.add("amount", "must be greater than 0; correct a wrong line by editing or deleting it");
        }
        if (byTime && category != null && category != CostCategory.OUTSOURCING) {
            problems.add("minutes", "only OUTSOURCING may be entered as minutes × pricePerMinute");
        }
        if (amount == null && byTime) {
            if (problems.required(minutes, "minutes") && minutes.signum() <= 0) {
                problems.add("minutes", "must be greater than 0");
            }
            if (problems.required(pricePerMinute, "pricePerMinute") && pricePerMinute.signum() <= 0) {
                problems.add("pricePerMinute", "must be greater than 0");
            }
        }
    }

    /**
     * The cost line for this entry, with source key {@code manual:<id>}: a flat amount is one
     * item without a rate; outsourcing by time is {@code minutes} "min" at {@code pricePerMinute}.
     *
     * @param id the stored entry's id, unique per ticket
     * @throws io.balancepoint.validation.InvalidInputException when the entry or id is invalid
     */
    public CostLine toCostLine(String id, Currency currency) {
        Problems problems = new Problems();
        validate(problems);
        if (id == null || id.isBlank()) {
            problems.add("id", "is required");
        }
        problems.throwIfAny("invalid direct cost entry");
        String sourceKey = SOURCE_PREFIX + id;
        if (amount != null) {
            return new CostLine(sourceKey, category, Money.of(amount, currency), BigDecimal.ONE, "item",
                    null, RateSource.MANUAL, occurredAt, false, note, author);
        }
        return new CostLine(sourceKey, category, Money.of(minutes.multiply(pricePerMinute), currency), minutes, "min",
                pricePerMinute, RateSource.MANUAL, occurredAt, false, note, author);
    }
}
