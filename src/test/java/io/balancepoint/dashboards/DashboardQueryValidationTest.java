package io.balancepoint.dashboards;

import static io.balancepoint.dashboards.DashboardFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.RollupKey;
import io.balancepoint.store.RollupRow;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Granularity;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad queries, bounded reads and what the queries refuse, without a database. */
class DashboardQueryValidationTest {

    private static final DateRange Q1 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

    private final SettingsDocument settings = DashboardFixture.settings();
    private final FactsBackedSources sources = new FactsBackedSources(DashboardFixture.tickets(), ZONE);

    @Test
    void aBadMetricsQueryReportsEveryProblemAtOnce() {
        MetricsQuery bad = new MetricsQuery(" ", DateRange.startingOn(LocalDate.of(2026, 1, 1)), null,
                DimensionFilter.all().where(Dimension.PRIORITY, "High").where(Dimension.ORGANISATION, "Acme"));

        assertThatThrownBy(() -> new RollupMetrics(sources, settings).trend(bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("projectKey", "days.until", "scheme", "filter.PRIORITY", "filter.ORGANISATION"));
        assertThat(sources.reads()).as("nothing is read for a bad query").isEmpty();
    }

    @Test
    void rangesAndPeriodCountsAreBounded() {
        MetricsQuery daysOfThreeYears = MetricsQuery.of("SD", new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1)),
                Granularity.DAY);
        MetricsQuery elevenYears = MetricsQuery.of("SD", new DateRange(LocalDate.of(2016, 1, 1), LocalDate.of(2027, 1, 1)),
                Granularity.YEAR);

        assertThatThrownBy(daysOfThreeYears::requireValid).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1096 periods");
        assertThatThrownBy(elevenYears::requireValid).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 3660");
        MetricsQuery.of("SD", new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)), Granularity.DAY).requireValid();
    }

    @Test
    void aQueryReadsOnlyTheRollupsOfItsProjectAndCoveredDays() {
        RollupMetrics metrics = new RollupMetrics(sources, settings);
        MetricsQuery query = MetricsQuery.of("SD", new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 2)), Granularity.MONTH);

        metrics.trend(query);
        metrics.breakdown(query, Dimension.CHANNEL);
        metrics.channelGradient(query);
        metrics.costBreakdown(query, CostAxis.CATEGORY);

        // Whole months (January and February) in periods of a month: month rows.
        FactsBackedSources.Read read = new FactsBackedSources.Read("month rollups", "SD", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        // trend: the whole; breakdown: the channels (their sum is the whole); gradient: the channels; cost by category: the whole
        assertThat(sources.reads()).containsExactly(read, read, read, read);
    }

    @Test
    void factReadsAreBoundedByProjectAndResolutionWindow() {
        Instant asOf = Instant.parse("2026-04-01T00:00:00Z");
        new AnomalyQueries(sources, sources, ZONE, settings).anomalies("SD", asOf, null, 0, 10);
        new RoiQueries(sources, sources, settings).roi("SD", YearMonth.of(2026, 3));

        // The anomaly baselines: the request-type rollups of the 90 days ending with 1 April in Berlin
        // (2 January to 1 April: days of January, months February and March, 1 April), then the facts of
        // those days and the open tickets.
        assertThat(sources.reads()).containsExactly(
                new FactsBackedSources.Read("rollups", "SD", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1)),
                new FactsBackedSources.Read("month rollups", "SD", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1)),
                new FactsBackedSources.Read("rollups", "SD", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)),
                new FactsBackedSources.Read("resolved", "SD", Instant.parse("2026-01-01T23:00:00Z"), Instant.parse("2026-04-01T22:00:00Z")),
                new FactsBackedSources.Read("open", "SD", null, null),
                new FactsBackedSources.Read("month rollups", "SD", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                // March in Berlin: from midnight CET to midnight CEST
                new FactsBackedSources.Read("resolved", "SD", Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z")));
    }

    @Test
    void rollupsInAnotherCurrencyStopTheQueryWithAReason() {
        RollupRow dollars = new RollupRow(RollupKey.total("SD", LocalDate.of(2026, 1, 5),
                Currency.getInstance("USD")), FactMeasures.zero(Currency.getInstance("USD")));
        RollupMetrics metrics = new RollupMetrics((project, days, grain, filter, groupBy) -> List.of(dollars), settings);

        assertThatThrownBy(() -> metrics.trend(MetricsQuery.of("SD", Q1, Granularity.MONTH)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("USD").hasMessageContaining("recalculate");
    }

    @Test
    void aRowOutsideTheRequestedDaysIsASourceError() {
        RollupRow stray = new RollupRow(RollupKey.total("SD", LocalDate.of(2025, 6, 1),
                settings.currency()), FactMeasures.zero(settings.currency()));
        RollupMetrics metrics = new RollupMetrics((project, days, grain, filter, groupBy) -> List.of(stray), settings);

        assertThatThrownBy(() -> metrics.trend(MetricsQuery.of("SD", Q1, Granularity.MONTH)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2025-06-01");
    }

    @Test
    void badAnomalyPagesAreRefused() {
        AnomalyQueries anomalies = new AnomalyQueries(sources, sources, ZONE, settings);

        assertThatThrownBy(() -> anomalies.anomalies(null, null, null, -1, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("projectKey", "asOf", "offset", "limit"));
        assertThatThrownBy(() -> anomalies.anomalies("SD", Instant.EPOCH, null, 0, AnomalyQueries.MAX_LIMIT + 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
        assertThat(anomalies.anomalies("SD", Instant.parse("2026-04-01T00:00:00Z"), null, Integer.MAX_VALUE, 500).items()).isEmpty();
    }

    @Test
    void badRoiAndBalancePointQueriesAreRefused() {
        RoiQueries roi = new RoiQueries(sources, sources, settings);

        assertThatThrownBy(() -> roi.roi("", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("projectKey", "month"));
        assertThatThrownBy(() -> roi.balancePoint("SD", DateRange.startingOn(LocalDate.of(2026, 1, 1)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("days.until");
        assertThatThrownBy(() -> roi.balancePoint("SD", new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("400 days");
    }

    @Test
    void badBudgetQueriesAreRefused() {
        BudgetReports budgets = new BudgetReports(sources, settings);

        assertThatThrownBy(() -> budgets.budgetVsActual(null, 2026, null, null, new BigDecimal("-1")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("projectKey", "level", "asOf", "tolerancePercent"));
        assertThat(budgets.budgetVsActual("SD", 2026, FiscalLevel.QUARTER, LocalDate.of(2025, 1, 1), BigDecimal.ONE)
                .orElseThrow().actuals()).as("nothing has started a year before").isEmpty();
    }

    @Test
    void pagesKnowWhetherMoreFollow() {
        assertThat(new Page<>(List.of("a", "b"), 3, 0, 2).hasMore()).isTrue();
        assertThat(new Page<>(List.of("c"), 3, 2, 2).hasMore()).isFalse();
        assertThat(new Page<>(List.of(), 3, 5, 2).hasMore()).isFalse();
    }
}
