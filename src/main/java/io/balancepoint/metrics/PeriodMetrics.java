package io.balancepoint.metrics;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The SPEC §2 metrics of one group of tickets resolved in a period (a whole period, or one slice of it
 * by a {@link Dimension}). Each metric is null when its denominator is zero; the formulas are also
 * available one by one as static methods so the same arithmetic runs over live groups and rollup rows.
 *
 * @param measures                     the group's additive measures
 * @param unallocatedOverhead          the period overhead not allocated to tickets that this group carries (see {@link #overheadShare})
 * @param fcrRate                      FCR tickets ÷ applicable tickets, in [0, 1]
 * @param costPerResolution            cost of every ticket in the group ÷ its real resolutions
 * @param fullyLoadedCostPerResolution (cost + unallocated overhead) ÷ real resolutions
 * @param costPerContact               cost of every ticket in the group ÷ its agent contacts
 * @param meanLabourSeconds            logged work ÷ tickets with logged work
 * @param meanCsat                     mean CSAT rating (1–5) of rated tickets
 */
public record PeriodMetrics(
        FactMeasures measures,
        Money unallocatedOverhead,
        BigDecimal fcrRate,
        Money costPerResolution,
        Money fullyLoadedCostPerResolution,
        Money costPerContact,
        BigDecimal meanLabourSeconds,
        BigDecimal meanCsat) {

    public PeriodMetrics {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(unallocatedOverhead, "unallocatedOverhead");
    }

    /** Every metric of {@code measures}, with {@code unallocatedOverhead} in the fully loaded cost. */
    public static PeriodMetrics of(FactMeasures measures, Money unallocatedOverhead) {
        return new PeriodMetrics(measures, unallocatedOverhead,
                fcrRate(measures).orElse(null),
                costPerResolution(measures).orElse(null),
                fullyLoadedCostPerResolution(measures, unallocatedOverhead).orElse(null),
                costPerContact(measures).orElse(null),
                ratio(measures.labourSeconds(), measures.labourTickets()).orElse(null),
                ratio(measures.csatSum(), measures.csatCount()).orElse(null));
    }

    /** FCR tickets (provisional ones included) ÷ FCR-applicable tickets; empty when none is applicable. */
    public static Optional<BigDecimal> fcrRate(FactMeasures m) {
        return ratio(m.fcr(), m.fcrApplicable());
    }

    /**
     * Cost of all tickets in the group ÷ those with a real resolution (SPEC §2): duplicates and
     * won't-dos add their cost to the numerator but nothing to the denominator. Empty without real resolutions.
     */
    public static Optional<Money> costPerResolution(FactMeasures m) {
        return fullyLoadedCostPerResolution(m, Money.zero(m.currency()));
    }

    /** (Cost of all tickets + unallocated overhead) ÷ real resolutions, the MetricNet fully loaded figure. */
    public static Optional<Money> fullyLoadedCostPerResolution(FactMeasures m, Money unallocatedOverhead) {
        if (m.realResolutions() == 0) {
            return Optional.empty();
        }
        return Optional.of(m.totalCost().plus(unallocatedOverhead).dividedBy(m.realResolutions()));
    }

    /**
     * The whole cost of the group's tickets (labour, contact, overhead and direct lines) ÷ their agent
     * contacts — the figure benchmarks compare across channels. (Contact-category cost ÷ contacts would
     * only return the configured per-contact rate.) Empty when there was no agent contact.
     */
    public static Optional<Money> costPerContact(FactMeasures m) {
        if (m.agentContacts() == 0) {
            return Optional.empty();
        }
        return Optional.of(m.totalCost().dividedBy(m.agentContacts()));
    }

    /**
     * The part of a period's unallocated overhead that a slice of the period carries: shared by real
     * resolutions, so every real resolution carries the same overhead and a slice's fully loaded cost per
     * resolution is its own cost per resolution + period overhead ÷ the period's real resolutions.
     * Zero when the period has no real resolution.
     */
    public static Money overheadShare(Money periodOverhead, FactMeasures slice, FactMeasures period) {
        if (period.realResolutions() == 0) {
            return Money.zero(periodOverhead.currency());
        }
        return periodOverhead.times(slice.realResolutions()).dividedBy(period.realResolutions());
    }

    private static Optional<BigDecimal> ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), Money.DIVISION));
    }
}
