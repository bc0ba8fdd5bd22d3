package io.balancepoint.ticket;

import java.time.Instant;

/** The customer's satisfaction rating of a request, 1 (worst) to 5 (best), and when it was given. */
public record CsatRating(int rating, Instant ratedAt) {

    public CsatRating {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("CSAT rating must be 1..5, was " + rating);
        }
    }
}
