package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.Period;
import io.balancepoint.time.WorkingCalendar;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetVsActualTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.of(FiscalCalendarSettings.defaults());
    private static final TargetDecomposition EQUAL_SPLIT =
            new TargetDecomposition(CALENDAR_YEAR, WorkingCalendar.standard(ZoneOffset.UTC), TimeWeighting.EQUAL);

    private static TargetPlan plan(String budget, String perResolution, String fcr, String csat) {
        return EQUAL_SPLIT.plan(new ProjectTargets("HELP", 2026, new BigDecimal(budget),
                perResolution == null ? null : new BigDecimal(perResolution), fcr == null ? null : new BigDecimal(fcr),
                csat == null ? null : new BigDecimal(csat), List.of()), EUR);
    }

    private static Period month(TargetPlan plan, int index) {
        return plan.at(FiscalLevel.MONTH).get(index).period();
    }

    private static PeriodActual actual(Period period, String cost, long resolutions, String fcr, String csat) {
        return new PeriodActual(period, Money.of(cost, "EUR"), resolutions, fcr == null ? null : new BigDecimal(fcr),
                csat == null ? null : new BigDecimal(csat));
    }

    @Test
    void monthlyRowsCompareEveryMeasureWithItsTarget() {
        TargetPlan plan = plan("120000.00", "25.00", "0.70", "4.2");
        List<PeriodActual> actuals = List.of(
                actual(month(plan, 0), "10500.00", 400, "0.72", "4.0"),
                actual(month(plan, 1), "9900.00", 0, null, null));

        List<VarianceRow> rows = new BudgetVsActual(new BigDecimal("2")).compare(plan, FiscalLevel.MONTH, actuals);

        assertThat(rows).hasSize(12 * 4);
        Period january = month(plan, 0);
        assertThat(rows.subList(0, 4)).extracting(VarianceRow::period).containsOnly(january);
        assertThat(rows.subList(0, 4)).extracting(VarianceRow::measure)
                .containsExactly(Measure.COST, Measure.COST_PER_RESOLUTION, Measure.FCR, Measure.CSAT);
        assertRow(rows.get(0), "10000.00", "10500.00", "500.00", "5", VarianceStatus.OVER);
        // 10 500.00 ÷ 400 resolutions = 26.25 against 25.00
        assertRow(rows.get(1), "25.00", "26.25", "1.25", "5", VarianceStatus.OVER);
        assertRow(rows.get(2), "0.70", "0.72", "0.02", "2.857142857142857142857142857142857", VarianceStatus.OVER);
        assertRow(rows.get(3), "4.2", "4.0", "-0.2", "-4.761904761904761904761904761904762", VarianceStatus.UNDER);

        assertRow(rows.get(4), "10000.00", "9900.00", "-100.00", "-1", VarianceStatus.ON_TARGET);
        assertThat(rows.subList(5, 8)).allSatisfy(row -> {
            assertThat(row.actual()).isNull();
            assertThat(row.status()).isEqualTo(VarianceStatus.NO_DATA);
        });
        assertThat(rows.subList(8, 48)).allSatisfy(row -> {
            assertThat(row.target()).isNotNull();
            assertThat(row.actual()).isNull();
            assertThat(row.variance()).isNull();
            assertThat(row.variancePercent()).isNull();
            assertThat(row.status()).isEqualTo(VarianceStatus.NO_DATA);
        });
        assertThat(rows.getLast().period().label()).isEqualTo("FY2026-P12");
    }

    private static void assertRow(VarianceRow row, String target, String actual, String variance, String percent,
                                  VarianceStatus status) {
        assertThat(row.target()).isEqualByComparingTo(target);
        assertThat(row.actual()).isEqualByComparingTo(actual);
        assertThat(row.variance()).isEqualByComparingTo(variance);
        assertThat(row.variancePercent()).isEqualByComparingTo(percent);
        assertThat(row.status()).isEqualTo(status);
    }

    @Test
    void aVarianceExactlyAtTheToleranceIsOnTarget() {
        TargetPlan plan = plan("120000.00", null, null, null);
        List<PeriodActual> actuals = List.of(
                actual(month(plan, 0), "10500.00", 1, null, null),
                actual(month(plan, 1), "9500.00", 1, null, null),
                actual(month(plan, 2), "9499.99", 1, null, null));

        List<VarianceRow> rows = new BudgetVsActual(new BigDecimal("5")).compare(plan, FiscalLevel.MONTH, actuals);

        assertThat(rows).hasSize(12).allMatch(row -> row.measure() == Measure.COST);
        assertThat(rows.subList(0, 3)).extracting(VarianceRow::status)
                .containsExactly(VarianceStatus.ON_TARGET, VarianceStatus.ON_TARGET, VarianceStatus.UNDER);
    }

    @Test
    void aZeroTargetHasNoPercentageAndOnlyZeroIsOnTarget() {
        TargetPlan plan = plan("0", "0", null, null);
        List<PeriodActual> actuals = List.of(
                actual(month(plan, 0), "0.00", 3, null, null),
                actual(month(plan, 1), "0.01", 1, null, null));

        List<VarianceRow> rows = new BudgetVsActual(BigDecimal.TEN).compare(plan, FiscalLevel.MONTH, actuals);

        assertThat(rows.subList(0, 4)).extracting(VarianceRow::status).containsExactly(
                VarianceStatus.ON_TARGET, VarianceStatus.ON_TARGET, VarianceStatus.OVER, VarianceStatus.OVER);
        assertThat(rows.subList(0, 4)).extracting(VarianceRow::variancePercent).containsOnlyNulls();
        assertThat(rows.get(2).variance()).isEqualByComparingTo("0.01");
    }

    @Test
    void rolesSelectTheLevelsTheyManage() {
        TargetPlan plan = plan("52000.00", null, null, null);
        assertThat(ReportingRole.TEAM_LEAD.levels()).containsExactly(FiscalLevel.WEEK, FiscalLevel.DAY);
        assertThat(ReportingRole.MANAGER.levels()).containsExactly(FiscalLevel.QUARTER, FiscalLevel.MONTH);
        Period firstWeek = plan.at(FiscalLevel.WEEK).getFirst().period();

        List<VarianceRow> weekly = new BudgetVsActual(BigDecimal.ONE).compare(plan, ReportingRole.TEAM_LEAD.defaultLevel(),
                List.of(actual(firstWeek, "100.00", 1, null, null)));
        List<VarianceRow> quarterly = new BudgetVsActual(BigDecimal.ONE).compare(plan, ReportingRole.MANAGER.defaultLevel(), List.of());

        assertThat(weekly).hasSize(plan.at(FiscalLevel.WEEK).size());
        assertThat(weekly.getFirst().period().label()).isEqualTo("FY2026-W01");
        assertThat(weekly.getFirst().actual()).isEqualByComparingTo("100.00");
        assertThat(quarterly).extracting(row -> row.period().label())
                .containsExactly("FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4");
        assertThat(quarterly).extracting(VarianceRow::target).allSatisfy(target -> assertThat(target).isEqualByComparingTo("13000.00"));
    }

    @Test
    void actualsThatDoNotFitThePlanAreAllReported() {
        TargetPlan plan = plan("120000.00", null, null, null);
        Period calendarJanuary = Granularity.MONTH.periodOf(LocalDate.of(2026, 1, 1)); // labelled 2026-01, not FY2026-P01
        List<PeriodActual> actuals = List.of(
                actual(month(plan, 0), "1.00", 1, null, null),
                new PeriodActual(calendarJanuary, Money.of("1.00", "EUR"), 1, null, null),
                actual(month(plan, 0), "2.00", 1, null, null),
                new PeriodActual(month(plan, 1), Money.of("1", "USD"), 1, null, null));

        assertThatThrownBy(() -> new BudgetVsActual(BigDecimal.ONE).compare(plan, FiscalLevel.MONTH, actuals))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("actuals[1].period", "2026-01 2026-01-01..2026-02-01 is not a MONTH period of FY2026"),
                        new Problem("actuals[2].period", "repeats the actual of FY2026-P01"),
                        new Problem("actuals[3].cost", "must be in EUR")));
    }

    @Test
    void toleranceMustNotBeNegative() {
        assertThatThrownBy(() -> new BudgetVsActual(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void actualCostPerResolutionNeedsResolutions() {
        Period january = month(plan("1", null, null, null), 0);

        assertThat(actual(january, "100.00", 0, null, null).costPerResolution()).isNull();
        assertThat(actual(january, "100.00", 3, null, null).costPerResolution())
                .isEqualTo(Money.of("33.33333333333333333333333333333333", "EUR"));
        assertThatThrownBy(() -> actual(january, "1", -1, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Measure.COST.higherIsBetter()).isFalse();
        assertThat(Measure.FCR.higherIsBetter()).isTrue();
    }
}
