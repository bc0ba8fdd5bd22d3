package io.balancepoint.metrics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ticket whose logged work is unusually long for its request type.
 *
 * @param resolvedAt          the latest resolution; null for a ticket still open
 * @param baselineMeanSeconds mean logged work of the other tickets of the request type in the trailing window
 * @param baselineSize        how many tickets that mean is over
 * @param ratio               labourSeconds ÷ baselineMeanSeconds (above k)
 */
public record HandleTimeAnomaly(
        long issueId,
        String issueKey,
        String projectKey,
        String requestType,
        Instant resolvedAt,
        long labourSeconds,
        BigDecimal baselineMeanSeconds,
        int baselineSize,
        BigDecimal ratio) {
}
