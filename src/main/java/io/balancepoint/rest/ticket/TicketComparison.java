package io.balancepoint.rest.ticket;

import io.balancepoint.dashboards.RequestTypeBaselines;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.AnomalySettings;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.HandleTimeComparison;
import io.balancepoint.money.Money;
import io.balancepoint.time.DateRange;
import java.math.BigDecimal;

/**
 * One ticket beside its request type over the anomaly window (SPEC §6, the issue panel): the
 * average cost of a ticket of the type and this ticket's total, the type's mean logged work and
 * this ticket's, and the handle-time anomaly flag. Aggregates only: no other ticket's key, no rate.
 *
 * @param ticket        the issue key
 * @param requestType   the ticket's request type as the rollups group it ({@code (none)} without one)
 * @param days          the window: {@code windowDays} whole days ending with today in the instance zone
 * @param total         this ticket's total cost (base currency)
 * @param averageCost   the mean total cost of the type's tickets resolved in the window (this one included when it
 *                      was, as on the dashboards); null when none was
 * @param averageOf     how many tickets {@code averageCost} is over
 * @param labourSeconds this ticket's logged work
 * @param anomaly       the handle-time comparison, whose mean leaves this ticket out
 */
public record TicketComparison(String ticket, String requestType, DateRange days, Money total, Money averageCost,
                               long averageOf, long labourSeconds, Anomaly anomaly) {

    /**
     * The anomaly flag, as the project's anomaly list decides it.
     *
     * @param flagged           this ticket is in the anomaly list (resolved in the window or open, past k × the mean)
     * @param enoughTickets     false: fewer than {@code minimumSampleSize} other tickets, so nothing is flagged ("not enough tickets")
     * @param meanLabourSeconds mean logged work of the other tickets of the type with logged work in the window; null without any
     * @param sampleSize        how many tickets that mean is over
     * @param ratio             labourSeconds ÷ meanLabourSeconds; null without a mean
     * @param k                 the threshold factor
     * @param windowDays        the window's length in days
     * @param minimumSampleSize the fewest other tickets a flag needs
     */
    public record Anomaly(boolean flagged, boolean enoughTickets, BigDecimal meanLabourSeconds, long sampleSize, BigDecimal ratio,
                          BigDecimal k, int windowDays, int minimumSampleSize) {
    }

    static TicketComparison of(TicketFacts facts, RequestTypeBaselines baselines, HandleTimeComparison handleTime,
                               AnomalySettings settings) {
        String type = Dimension.REQUEST_TYPE.valueOf(facts);
        RequestTypeBaselines.Sums sums = baselines.of(type);
        return new TicketComparison(facts.issueKey(), type, baselines.days(), facts.totalCost(), sums.averageCost(), sums.tickets(),
                facts.labourSeconds(), new Anomaly(handleTime.flagged(), handleTime.enoughTickets(), handleTime.baselineMeanSeconds(),
                handleTime.baselineSize(), handleTime.ratio(), settings.k(), settings.windowDays(), settings.minimumSampleSize()));
    }
}
