package io.balancepoint.dashboards;

import io.balancepoint.budget.BudgetVsActual;
import io.balancepoint.budget.FiscalCalendar;
import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.budget.PeriodActual;
import io.balancepoint.budget.TargetDecomposition;
import io.balancepoint.budget.TargetPlan;
import io.balancepoint.budget.VarianceRow;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.ChannelCost;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactAggregation;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.HandleTimeAnomalies;
import io.balancepoint.metrics.HandleTimeAnomaly;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.metrics.UnallocatedOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.roi.AntonRoi;
import io.balancepoint.roi.AntonRoiResult;
import io.balancepoint.roi.BalancePoint;
import io.balancepoint.roi.BalancePointResult;
import io.balancepoint.roi.CustomerRating;
import io.balancepoint.roi.InternalValue;
import io.balancepoint.roi.InternalValueResult;
import io.balancepoint.roi.ShiftLeftBasis;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import io.balancepoint.time.PeriodScheme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The test oracle: every dashboard answer computed directly over the ticket facts with the domain
 * rules ({@link FactAggregation}, {@link PeriodMetrics}, budget and ROI), no rollups involved.
 */
final class InMemoryAnswers {

    private final List<TicketFacts> facts;
    private final SettingsDocument settings;

    InMemoryAnswers(List<TicketFacts> facts, SettingsDocument settings) {
        this.facts = List.copyOf(facts);
        this.settings = settings;
    }

    /** The project's tickets whose latest resolution falls on {@code days} in the instance zone. */
    List<TicketFacts> resolvedOn(String projectKey, DateRange days) {
        return facts.stream()
                .filter(f -> f.projectKey().equals(projectKey) && f.isResolved()
                        && days.contains(LocalDate.ofInstant(f.resolvedAt(), DashboardFixture.ZONE)))
                .toList();
    }

    List<PeriodPoint> trendPoints(String projectKey, DateRange covered, PeriodScheme scheme, DimensionFilter filter) {
        List<TicketFacts> resolved = resolvedOn(projectKey, covered);
        NavigableMap<Period, FactMeasures> counted = aggregation(filter).byPeriod(resolved, scheme);
        NavigableMap<Period, FactMeasures> whole = aggregation(DimensionFilter.all()).byPeriod(resolved, scheme);
        List<PeriodPoint> points = new ArrayList<>();
        for (Period period : scheme.periodsBetween(covered.from(), covered.until())) {
            FactMeasures m = counted.getOrDefault(period, zero());
            points.add(new PeriodPoint(period, PeriodMetrics.of(m,
                    PeriodMetrics.overheadShare(overhead(projectKey).forPeriod(period), m, whole.getOrDefault(period, zero())))));
        }
        return points;
    }

    PeriodMetrics overall(String projectKey, DateRange covered, DimensionFilter filter) {
        List<TicketFacts> resolved = resolvedOn(projectKey, covered);
        FactMeasures m = aggregation(filter).total(resolved);
        return PeriodMetrics.of(m, PeriodMetrics.overheadShare(overheadOf(projectKey, covered), m,
                aggregation(DimensionFilter.all()).total(resolved)));
    }

    List<Slice> slices(String projectKey, DateRange covered, Dimension dimension, DimensionFilter filter) {
        List<TicketFacts> resolved = resolvedOn(projectKey, covered);
        FactMeasures whole = aggregation(DimensionFilter.all()).total(resolved);
        Money overhead = overheadOf(projectKey, covered);
        List<Slice> slices = new ArrayList<>();
        aggregation(filter).byDimension(resolved, dimension).forEach((value, m) ->
                slices.add(new Slice(value, PeriodMetrics.of(m, PeriodMetrics.overheadShare(overhead, m, whole)))));
        return slices;
    }

    List<ChannelCost> gradient(String projectKey, DateRange covered, DimensionFilter filter) {
        return ChannelCost.gradient(aggregation(filter).byDimension(resolvedOn(projectKey, covered), Dimension.CHANNEL));
    }

    Map<CostCategory, Money> costByCategory(String projectKey, DateRange covered, DimensionFilter filter) {
        return aggregation(filter).total(resolvedOn(projectKey, covered)).costByCategory();
    }

    NavigableMap<String, FactMeasures> byDimension(String projectKey, DateRange covered, Dimension dimension,
                                                   DimensionFilter filter) {
        return aggregation(filter).byDimension(resolvedOn(projectKey, covered), dimension);
    }

    Money overheadOf(String projectKey, DateRange days) {
        return overhead(projectKey).forPeriod(new Period(days.from(), days.until(), "range"));
    }

    List<VarianceRow> budgetRows(String projectKey, int fiscalYear, FiscalLevel level, LocalDate asOf) {
        TargetPlan plan = TargetDecomposition.of(settings.budgets(), settings.workingTime().calendar()).plan(
                settings.budgets().projects().stream()
                        .filter(t -> t.projectKey().equals(projectKey) && t.fiscalYear() == fiscalYear).findFirst().orElseThrow(),
                settings.currency());
        return new BudgetVsActual(BudgetReports.DEFAULT_TOLERANCE_PERCENT).compare(plan, level,
                budgetActuals(projectKey, fiscalYear, level, asOf));
    }

    List<PeriodActual> budgetActuals(String projectKey, int fiscalYear, FiscalLevel level, LocalDate asOf) {
        FiscalCalendar calendar = FiscalCalendar.of(settings.budgets().fiscalCalendar());
        List<PeriodActual> actuals = new ArrayList<>();
        for (Period period : calendar.periods(calendar.fiscalYear(fiscalYear), level)) {
            if (!period.start().isAfter(asOf)) {
                FactMeasures m = aggregation(DimensionFilter.all())
                        .total(resolvedOn(projectKey, new DateRange(period.start(), period.end())));
                PeriodMetrics metrics = PeriodMetrics.of(m, Money.zero(settings.currency()));
                actuals.add(new PeriodActual(period, m.totalCost().plus(overhead(projectKey).forPeriod(period)),
                        m.realResolutions(), metrics.fcrRate(), metrics.meanCsat()));
            }
        }
        return actuals;
    }

    List<HandleTimeAnomaly> anomalies(String projectKey, Instant asOf, DimensionFilter filter) {
        List<TicketFacts> ofProject = facts.stream().filter(f -> f.projectKey().equals(projectKey)).toList();
        // The dashboards' window: whole days in the instance zone ending with asOf's day.
        HandleTimeAnomalies.Window days = HandleTimeAnomalies.Window.days(settings.anomalies(), asOf, DashboardFixture.ZONE);
        return HandleTimeAnomalies.find(ofProject, settings.anomalies(), asOf, days).stream()
                .filter(a -> filter.matches(ofProject.stream().filter(f -> f.issueId() == a.issueId()).findFirst().orElseThrow()))
                .toList();
    }

    Money monthCost(String projectKey, YearMonth month) {
        DateRange days = new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
        return resolvedOn(projectKey, days).stream().map(TicketFacts::totalCost)
                .reduce(Money.zero(settings.currency()), Money::plus).plus(overheadOf(projectKey, days));
    }

    AntonRoiResult customerRoi(String projectKey, YearMonth month) {
        List<TicketFacts> resolved = resolvedOn(projectKey, new DateRange(month.atDay(1), month.plusMonths(1).atDay(1)));
        return AntonRoi.compute(CustomerRating.fromFacts(resolved), monthCost(projectKey, month), settings.roi());
    }

    InternalValueResult internalValue(String projectKey, YearMonth month) {
        List<TicketFacts> resolved = resolvedOn(projectKey, new DateRange(month.atDay(1), month.plusMonths(1).atDay(1)));
        return InternalValue.compute(resolved, monthCost(projectKey, month), settings.roi().internalDesk(),
                settings.workingTime().calendar(), ShiftLeftBasis.fromFacts(settings.routing().supportTiers(), resolved));
    }

    BalancePointResult balancePoint(String projectKey, DateRange days, DimensionFilter filter) {
        return BalancePoint.analyse(resolvedOn(projectKey, days).stream().filter(filter::matches).toList(),
                settings.roi(), settings.currency());
    }

    BigDecimal share(Money part, Money whole) {
        return part.amount().divide(whole.amount(), Money.DIVISION);
    }

    private FactAggregation aggregation(DimensionFilter filter) {
        return new FactAggregation(settings.currency(), DashboardFixture.ZONE, filter);
    }

    private UnallocatedOverhead overhead(String projectKey) {
        return UnallocatedOverhead.forProject(settings.overhead(), projectKey, settings.currency());
    }

    private FactMeasures zero() {
        return FactMeasures.zero(settings.currency());
    }
}
