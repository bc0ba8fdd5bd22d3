package io.balancepoint.tiering;

import java.math.BigDecimal;

/**
 * One customer's RFM result: the measures, the three quintile scores (1–5, 5 = best fifth) and
 * the tier their sum maps to.
 *
 * @param daysSinceLastRequest days from the latest request to the scoring date (0 = that day)
 */
public record RfmScore(
        String customerKey,
        long daysSinceLastRequest,
        int requests,
        BigDecimal monetaryValue,
        int recency,
        int frequency,
        int monetary,
        String tier) {

    /** R + F + M, 3–15. */
    public int sum() {
        return recency + frequency + monetary;
    }

    /** The scores in the usual R-F-M notation, e.g. {@code 4-3-5}. */
    public String cell() {
        return recency + "-" + frequency + "-" + monetary;
    }
}
