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
 * rollups on the covered days (the unfiltered whole once, the filtered or grouped part once); the answer is what {@code metrics.FactAggregation} and
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
        ProjectRollups counted = reading.read(query.filter(), null);
        Map<Period, FactMeasures> byPeriod = counted.byPeriod(reading.periods());
        Map<Period, FactMeasures> whole = reading.whole().byPeriod(reading.periods());
        List<PeriodPoint> points = new ArrayList<>();
        byPeriod.forEach((period, measures) -> points.add(new PeriodPoint(period,
                metrics(measures, whole.get(period), reading.overhead().forPeriod(period)))));
        return new Trend(query.projectKey(), reading.covered(), points, reading.overall(counted.total()));
    }

    /** Every metric by the values of {@code dimension} over the covered range (e.g. the FCR breakdown). */
    public Breakdown breakdown(MetricsQuery query, Dimension dimension) {
        requireValid(query, dimension);
        Reading reading = read(query);
        ProjectRollups grouped = reading.read(query.filter(), dimension);
        FactMeasures whole = reading.whole().total();
        Money overhead = reading.overheadOfRange();
        List<Slice> slices = new ArrayList<>();
        grouped.byDimension().forEach((value, measures) -> slices.add(new Slice(value, metrics(measures, whole, overhead))));
        // Each ticket has one value in the dimension, so the groups add up to the filtered total.
        return new Breakdown(query.projectKey(), reading.covered(), dimension, slices, reading.overall(grouped.total()));
    }

    /** Cost per contact by channel, dearest first. */
    public ChannelGradient channelGradient(MetricsQuery query) {
        query.requireValid();
        Reading reading = read(query);
        List<ChannelCost> channels = ChannelCost.gradient(reading.read(query.filter(), Dimension.CHANNEL).byDimension());
        return new ChannelGradient(query.projectKey(), reading.covered(), channels);
    }

    /** The counted tickets' cost by category or by one dimension, with each part's share. */
    public CostBreakdown costBreakdown(MetricsQuery query, CostAxis axis) {
        Objects.requireNonNull(axis, "axis");
        query.requireValid();
        Reading reading = read(query);
        ProjectRollups read = reading.read(query.filter(), axis.dimension().orElse(null));
        FactMeasures counted = read.total();
        Money ticketCost = counted.totalCost();
        List<CostShare> shares = new ArrayList<>();
        if (axis.dimension().isEmpty()) {
            for (CostCategory category : CostCategory.values()) {
                Money cost = counted.costByCategory().get(category);
                shares.add(new CostShare(category.name(), cost, shareOf(cost, ticketCost)));
            }
        } else {
            read.byDimension().forEach((value, measures) ->
                    shares.add(new CostShare(value, measures.totalCost(), shareOf(measures.totalCost(), ticketCost))));
            shares.sort(Comparator.comparing(CostShare::cost, Comparator.reverseOrder()).thenComparing(CostShare::key));
        }
        Money overhead = PeriodMetrics.overheadShare(reading.overheadOfRange(), counted, reading.whole().total());
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
        return new Reading(rollups, query.projectKey(), currency, covered, new PeriodIndex(periods),
                UnallocatedOverhead.forProject(settings.overhead(), query.projectKey(), currency));
    }

    /** The metrics of {@code counted}, carrying its share of {@code periodOverhead} among the real resolutions of {@code whole}. */
    private static PeriodMetrics metrics(FactMeasures counted, FactMeasures whole, Money periodOverhead) {
        return PeriodMetrics.of(counted, PeriodMetrics.overheadShare(periodOverhead, counted, whole));
    }

    private static BigDecimal shareOf(Money part, Money total) {
        return total.isZero() ? null : part.amount().divide(total.amount(), Money.DIVISION).stripTrailingZeros();
    }

    /**
     * One query's covered days and periods and its project's period overhead; reads the project's
     * rollups on those days, the unfiltered whole at most once.
     */
    private static final class Reading {

        private final RollupSource source;
        private final String projectKey;
        private final Currency currency;
        private final DateRange covered;
        private final PeriodIndex periods;
        private final UnallocatedOverhead overhead;
        private ProjectRollups whole;

        Reading(RollupSource source, String projectKey, Currency currency, DateRange covered, PeriodIndex periods,
                UnallocatedOverhead overhead) {
            this.source = source;
            this.projectKey = projectKey;
            this.currency = currency;
            this.covered = covered;
            this.periods = periods;
            this.overhead = overhead;
        }

        DateRange covered() {
            return covered;
        }

        PeriodIndex periods() {
            return periods;
        }

        UnallocatedOverhead overhead() {
            return overhead;
        }

        /** The tickets passing {@code filter}, grouped by {@code groupBy} (null: not grouped); the whole when unfiltered. */
        ProjectRollups read(DimensionFilter filter, Dimension groupBy) {
            if (groupBy == null && filter.allowed().isEmpty()) {
                return whole();
            }
            ProjectRollups read = ProjectRollups.read(source, projectKey, periods, filter, groupBy, currency);
            if (whole == null && filter.allowed().isEmpty()) {
                whole = read; // every ticket once in its group: the same totals, without a second read
            }
            return read;
        }

        /** Every ticket of the project on the covered days, not grouped. */
        ProjectRollups whole() {
            if (whole == null) {
                whole = ProjectRollups.read(source, projectKey, periods, DimensionFilter.all(), null, currency);
            }
            return whole;
        }

        Money overheadOfRange() {
            return overhead.forPeriod(new Period(covered.from(), covered.until(), covered.from() + ".." + covered.until()));
        }

        /** The overall metrics of the counted tickets' measures. */
        PeriodMetrics overall(FactMeasures counted) {
            return metrics(counted, whole().total(), overheadOfRange());
        }
    }
}
