package io.balancepoint.metrics;

import java.math.BigDecimal;

/**
 * One ticket's logged work beside its request type's anomaly baseline (SPEC §2), flagged or not.
 *
 * @param labourSeconds       the ticket's logged work
 * @param baselineMeanSeconds mean logged work of the baseline (the ticket left out); null when the baseline is empty
 * @param baselineSize        tickets in the baseline
 * @param ratio               labourSeconds ÷ baselineMeanSeconds; null when the baseline has no logged work
 * @param enoughTickets       the baseline has at least the minimum sample size
 * @param flagged             the ticket is an anomaly: a candidate (resolved in the window or open) past k × the mean
 */
public record HandleTimeComparison(long labourSeconds, BigDecimal baselineMeanSeconds, long baselineSize, BigDecimal ratio,
                                   boolean enoughTickets, boolean flagged) {
}
