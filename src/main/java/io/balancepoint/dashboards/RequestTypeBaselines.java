package io.balancepoint.dashboards;

import io.balancepoint.metrics.AnomalySettings;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.HandleTimeAnomalies;
import io.balancepoint.money.Money;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per request type of one project, what its tickets resolved over the anomaly window's days
 * amount to: the handle-time anomaly baseline (logged seconds and tickets with logged work) and the
 * cost comparison (tickets and their total cost). Read once from the project's request-type day
 * rollups, so it costs the same whatever the number of tickets.
 */
public final class RequestTypeBaselines {

    private final DateRange days;
    private final Currency currency;
    private final NavigableMap<String, Sums> byRequestType;

    private RequestTypeBaselines(DateRange days, Currency currency, NavigableMap<String, Sums> byRequestType) {
        this.days = days;
        this.currency = currency;
        this.byRequestType = byRequestType;
    }

    /**
     * Reads the baselines of {@code projectKey} over {@link HandleTimeAnomalies.Window#daysOf} the
     * settings and {@code asOf} in {@code zone} (the instance zone the rollups' days are in).
     *
     * @throws IllegalStateException when a rollup row is in another currency than {@code currency}
     */
    public static RequestTypeBaselines read(RollupSource rollups, String projectKey, AnomalySettings settings, Instant asOf,
                                            ZoneId zone, Currency currency) {
        DateRange days = HandleTimeAnomalies.Window.daysOf(settings, asOf, zone);
        NavigableMap<String, Sums> sums = new TreeMap<>();
        // One period: whole months inside the window come from month rows, its edges from day rows.
        PeriodIndex window = new PeriodIndex(List.of(new Period(days.from(), days.until(), days.toString())));
        ProjectRollups.read(rollups, projectKey, window, DimensionFilter.all(), Dimension.REQUEST_TYPE, currency).byDimension()
                .forEach((type, m) -> sums.put(type, Sums.of(m)));
        return new RequestTypeBaselines(days, currency, sums);
    }

    /** The days read. */
    public DateRange days() {
        return days;
    }

    /** The sums per request type with any ticket, by {@link Dimension#normalised} value. */
    public Map<String, Sums> byRequestType() {
        return Collections.unmodifiableNavigableMap(byRequestType);
    }

    /** The sums of one request type (any spelling {@link Dimension#normalised} accepts); zero when it had no ticket. */
    public Sums of(String requestType) {
        Sums sums = byRequestType.get(Dimension.normalised(requestType));
        return sums == null ? new Sums(0, 0, 0, Money.zero(currency)) : sums;
    }

    /** Adds every request type's baseline to {@code scan}, whose window must be these days. */
    public void addTo(HandleTimeAnomalies.Scan scan, String projectKey) {
        byRequestType.forEach((type, sums) -> scan.addBaseline(projectKey, type, sums.labourSeconds(), sums.labourTickets()));
    }

    /**
     * One request type's sums.
     *
     * @param labourSeconds logged work of its tickets
     * @param labourTickets its tickets with logged work
     * @param tickets       its tickets
     * @param totalCost     their total cost (base currency)
     */
    public record Sums(long labourSeconds, long labourTickets, long tickets, Money totalCost) {

        public Sums {
            Objects.requireNonNull(totalCost, "totalCost");
        }

        static Sums of(FactMeasures m) {
            return new Sums(m.labourSeconds(), m.labourTickets(), m.tickets(), m.totalCost());
        }

        /** The mean cost of a ticket; null without tickets. */
        public Money averageCost() {
            return tickets == 0 ? null : totalCost.dividedBy(tickets);
        }

        /** The mean logged work of a ticket with logged work; null without any. */
        public BigDecimal meanLabourSeconds() {
            return labourTickets == 0 ? null : BigDecimal.valueOf(labourSeconds).divide(BigDecimal.valueOf(labourTickets), Money.DIVISION);
        }
    }
}
