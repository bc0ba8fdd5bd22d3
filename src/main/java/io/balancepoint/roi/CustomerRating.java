package io.balancepoint.roi;

import io.balancepoint.facts.TicketFacts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One satisfaction rating by a customer: the input of {@link AntonRoi}.
 *
 * <p>{@link TicketFacts} carries the CSAT rating but not when it was given. {@link #fromFacts}
 * therefore uses the ticket's latest resolution time as the rating time (JSM asks for the
 * rating when the request is resolved), and the creation time for a rated ticket that has been
 * reopened since. A caller that knows the real rating times (e.g. from
 * {@code TicketSnapshot.csat().ratedAt()}) builds the ratings itself.
 *
 * @param customerTier the customer's tier on the rated ticket; null when none
 * @param csat         1–5
 */
public record CustomerRating(String customerKey, String customerTier, int csat, Instant ratedAt, String issueKey) {

    /** Oldest first; equal times ordered by issue key so "the latest rating" is always the same one. */
    static final Comparator<CustomerRating> CHRONOLOGICAL =
            Comparator.comparing(CustomerRating::ratedAt).thenComparing(CustomerRating::issueKey);

    public CustomerRating {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(ratedAt, "ratedAt");
        Objects.requireNonNull(issueKey, "issueKey");
        if (csat < 1 || csat > 5) {
            throw new IllegalArgumentException("CSAT rating must be 1..5, was " + csat);
        }
    }

    /** The ratings in {@code facts}: rated tickets with a known customer, rating time as described above. */
    public static List<CustomerRating> fromFacts(List<TicketFacts> facts) {
        return facts.stream()
                .filter(f -> f.csat() != null && f.customerKey() != null && ratingTimeOf(f) != null)
                .map(f -> new CustomerRating(f.customerKey(), f.customerTier(), f.csat(), ratingTimeOf(f), f.issueKey()))
                .toList();
    }

    private static Instant ratingTimeOf(TicketFacts facts) {
        return facts.resolvedAt() != null ? facts.resolvedAt() : facts.created();
    }
}
