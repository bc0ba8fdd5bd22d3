package io.balancepoint.dashboards;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.ChannelCost;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.metrics.UnallocatedOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rollup-based dashboard items (SPEC §6): FCR and cost-per-resolution trends, breakdowns by a
 * dimension, the channel cost gradient and cost breakdowns. Each call reads only the project's day
 * rollups on the covered days, once; the answer is what {@code metrics.FactAggregation} and
 * {@code PeriodMetrics} would compute over the same tickets' facts.
 *
 * <p>Fully loaded figures add the project's unallocated period overhead ({@code overhead.periodOverheads}
 * of the settings, spread over periods by {@link UnallocatedOverhead}). A filtered group or a slice
 * carries the part of its period's overhead that its real resolutions are of the whole project's in
 * that period ({@link PeriodMetrics#overheadShare}), so every real resolution of a period carries the
 * same overhead whatever the filter.
 */
public final class RollupMetrics {

    private final RollupSource rollups;
    private final SettingsDocument settings;
    private final Currency currency;

    /** @param settings a validated settings document (base currency, period overhead) */
    public RollupMetrics(RollupSource rollups, SettingsDocument settings) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.currency = settings.currency();
    }

    /** Every metric per period of the query, and over its whole covered range. */
    public Trend trend(MetricsQuery query) {
        query.requireValid();
        Reading reading = read(query);
        Map<Period, FactMeasures> counted = reading.rollups().byPeriod(reading.periods(), query.filter());
        Map<Period, FactMeasures> whole = reading.rollups().byPeriod(reading.periods(), DimensionFilter.all());
        List<PeriodPoint> points = new ArrayList<>();
        counted.forEach((period, measures) -> points.add(new PeriodPoint(period,
                metrics(measures, whole.get(period), reading.overhead().forPeriod(period)))));
        return new Trend(query.projectKey(), reading.covered(), points, reading.overall(query.filter()));
    }

    /** Every metric by the values of {@code dimension} over the covered range (e.g. the FCR breakdown). */
    public Breakdown breakdown(MetricsQuery query, Dimension dimension) {
        requireValid(query, dimension);
        Reading reading = read(query);
        FactMeasures whole = reading.rollups().total(DimensionFilter.all());
        Money overhead = reading.overheadOfRange();
        List<Slice> slices = new ArrayList<>();
        reading.rollups().byDimension(dimension, query.filter()).forEach((value, measures) ->
                slices.add(new Slice(value, metrics(measures, whole, overhead))));
        return new Breakdown(query.projectKey(), reading.covered(), dimension, slices, reading.overall(query.filter()));
    }

    /** Cost per contact by channel, dearest first. */
    public ChannelGradient channelGradient(MetricsQuery query) {
        query.requireValid();
        Reading reading = read(query);
        List<ChannelCost> channels = ChannelCost.gradient(reading.rollups().byDimension(Dimension.CHANNEL, query.filter()));
        return new ChannelGradient(query.projectKey(), reading.covered(), channels);
    }

    /** The counted tickets' cost by category or by one dimension, with each part's share. */
    public CostBreakdown costBreakdown(MetricsQuery query, CostAxis axis) {
        Objects.requireNonNull(axis, "axis");
        query.requireValid();
        Reading reading = read(query);
        FactMeasures counted = reading.rollups().total(query.filter());
        Money ticketCost = counted.totalCost();
        List<CostShare> shares = new ArrayList<>();
        if (axis.dimension().isEmpty()) {
            for (CostCategory category : CostCategory.values()) {
                Money cost = counted.costByCategory().get(category);
                shares.add(new CostShare(category.name(), cost, shareOf(cost, ticketCost)));
            }
        } else {
            reading.rollups().byDimension(axis.dimension().get(), query.filter()).forEach((value, measures) ->
                    shares.add(new CostShare(value, measures.totalCost(), shareOf(measures.totalCost(), ticketCost))));
            shares.sort(Comparator.comparing(CostShare::cost, Comparator.reverseOrder()).thenComparing(CostShare::key));
        }
        Money overhead = PeriodMetrics.overheadShare(reading.overheadOfRange(), counted,
                reading.rollups().total(DimensionFilter.all()));
        return new CostBreakdown(query.projectKey(), reading.covered(), axis, shares, ticketCost, overhead);
    }

    private void requireValid(MetricsQuery query, Dimension dimension) {
        Problems problems = new Problems();
        query.validate(problems);
        if (problems.required(dimension, "dimension")) {
            MetricsQuery.checkRollupDimension(dimension, problems, "dimension");
        }
        problems.throwIfAny("invalid breakdown query");
    }

    private Reading read(MetricsQuery query) {
        List<Period> periods = query.periods();
        DateRange covered = new DateRange(periods.getFirst().start(), periods.getLast().end());
        return new Reading(covered, new PeriodIndex(periods), ProjectRollups.read(rollups, query.projectKey(), covered, currency),
                UnallocatedOverhead.forProject(settings.overhead(), query.projectKey(), currency));
    }

    /** The metrics of {@code counted}, carrying its share of {@code periodOverhead} among the real resolutions of {@code whole}. */
    private static PeriodMetrics metrics(FactMeasures counted, FactMeasures whole, Money periodOverhead) {
        return PeriodMetrics.of(counted, PeriodMetrics.overheadShare(periodOverhead, counted, whole));
    }

    private static BigDecimal shareOf(Money part, Money total) {
        return total.isZero() ? null : part.amount().divide(total.amount(), Money.DIVISION).stripTrailingZeros();
    }

    /** What one query read: the covered days and periods, the project's rollups on them and its period overhead. */
    private record Reading(DateRange covered, PeriodIndex periods, ProjectRollups rollups, UnallocatedOverhead overhead) {

        Money overheadOfRange() {
            return overhead.forPeriod(new Period(covered.from(), covered.until(), covered.from() + ".." + covered.until()));
        }

        PeriodMetrics overall(DimensionFilter filter) {
            return metrics(rollups.total(filter), rollups.total(DimensionFilter.all()), overheadOfRange());
        }
    }
}
