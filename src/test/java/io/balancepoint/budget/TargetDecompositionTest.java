package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import io.balancepoint.time.WorkingCalendar;
import io.balancepoint.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetDecompositionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final WorkingCalendar MONDAY_TO_FRIDAY = WorkingCalendar.standard(ZoneOffset.UTC);
    private static final FiscalCalendar FOUR_FOUR_FIVE = new FiscalCalendar(FiscalCalendarMode.WEEKS_445, Month.JANUARY, DayOfWeek.MONDAY);
    private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.of(FiscalCalendarSettings.defaults());

    private static List<BigDecimal> amounts(List<Allocation> allocations) {
        return allocations.stream().map(allocation -> allocation.amount().amount()).toList();
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** Asserts that every allocation's children add up exactly to it, all the way down to one-day leaves. */
    static void assertChildrenAddUp(Allocation allocation) {
        List<String> mismatches = new ArrayList<>();
        collectMismatches(allocation, mismatches);
        assertThat(mismatches).isEmpty();
    }

    private static void collectMismatches(Allocation allocation, List<String> mismatches) {
        if (allocation.level() == FiscalLevel.DAY) {
            if (!allocation.children().isEmpty() || allocation.period().days() != 1) {
                mismatches.add(allocation.period() + " is not a one-day leaf");
            }
            return;
        }
        Money sum = allocation.children().stream().map(Allocation::amount)
                .reduce(Money.zero(allocation.amount().currency()), Money::plus);
        if (allocation.children().isEmpty() || !sum.equals(allocation.amount())) {
            mismatches.add(allocation.period() + ": " + allocation.amount() + " but children add up to " + sum);
        }
        allocation.children().forEach(child -> collectMismatches(child, mismatches));
    }

    @Test
    void budgetOf120000SplitsIntoFourQuartersAndTwelveFourFourFivePeriodsExactly() {
        TargetDecomposition decomposition = new TargetDecomposition(FOUR_FOUR_FIVE, MONDAY_TO_FRIDAY, TimeWeighting.CALENDAR_DAYS);

        Allocation year = decomposition.inTime(FOUR_FOUR_FIVE.fiscalYear(2025), Money.of("120000.00", "EUR"));

        assertThat(amounts(year.at(FiscalLevel.QUARTER))).containsExactlyElementsOf(
                decimals("30000.00", "30000.00", "30000.00", "30000.00"));
        // A 13-week quarter of 30 000.00 in 4, 4 and 5 weeks: 9230.769…, 9230.769…, 11538.461…
        assertThat(amounts(year.at(FiscalLevel.MONTH))).containsExactlyElementsOf(decimals(
                "9230.77", "9230.77", "11538.46", "9230.77", "9230.77", "11538.46",
                "9230.77", "9230.77", "11538.46", "9230.77", "9230.77", "11538.46"));
        assertThat(year.at(FiscalLevel.MONTH)).extracting(allocation -> allocation.period().label())
                .startsWith("FY2025-P01", "FY2025-P02", "FY2025-P03");
        Allocation firstQuarter = year.children().getFirst();
        assertThat(firstQuarter.at(FiscalLevel.WEEK)).hasSize(13);
        assertThat(amounts(firstQuarter.children().getFirst().children()))
                .containsExactlyElementsOf(decimals("2307.70", "2307.69", "2307.69", "2307.69"));
        assertThat(amounts(firstQuarter.children().get(2).children()))
                .containsExactlyElementsOf(decimals("2307.70", "2307.69", "2307.69", "2307.69", "2307.69"));
        assertThat(amounts(year.at(FiscalLevel.WEEK).getFirst().children()))
                .containsExactlyElementsOf(decimals("329.68", "329.67", "329.67", "329.67", "329.67", "329.67", "329.67"));
        assertThat(year.at(FiscalLevel.DAY)).hasSize(364);
        assertChildrenAddUp(year);
    }

    @Test
    void calendarMonthsWithEqualWeightsGiveTwelveEqualMonths() {
        TargetDecomposition decomposition = new TargetDecomposition(CALENDAR_YEAR, MONDAY_TO_FRIDAY, TimeWeighting.EQUAL);

        Allocation year = decomposition.inTime(CALENDAR_YEAR.fiscalYear(2026), Money.of("120000.00", "EUR"));

        assertThat(amounts(year.at(FiscalLevel.MONTH))).containsExactlyElementsOf(Collections.nCopies(12, new BigDecimal("10000.00")));
        assertChildrenAddUp(year);
    }

    @Test
    void aQuarterOf100In3MonthsGivesTheSpareCentToTheFirstMonth() {
        TargetDecomposition decomposition = new TargetDecomposition(CALENDAR_YEAR, MONDAY_TO_FRIDAY, TimeWeighting.EQUAL);

        Allocation year = decomposition.inTime(CALENDAR_YEAR.fiscalYear(2026), Money.of("400.00", "EUR"));

        assertThat(amounts(year.children().getFirst().children())).containsExactlyElementsOf(decimals("33.34", "33.33", "33.33"));
        assertChildrenAddUp(year);
    }

    @Test
    void workingDayWeightingGivesNothingToWeekendsAndHolidays() {
        LocalDate newYear = LocalDate.of(2025, 1, 1);
        WorkingCalendar withHoliday = new WorkingCalendar(ZoneOffset.UTC, MONDAY_TO_FRIDAY.workingDays(),
                MONDAY_TO_FRIDAY.dayStart(), MONDAY_TO_FRIDAY.dayEnd(), Set.of(newYear));
        TargetDecomposition decomposition = new TargetDecomposition(FOUR_FOUR_FIVE, withHoliday, TimeWeighting.WORKING_DAYS);

        Allocation year = decomposition.inTime(FOUR_FOUR_FIVE.fiscalYear(2025), Money.of("25900.00", "EUR"));

        // 259 working days: 100.00 each; the first week has 4 (New Year's Day is a holiday).
        assertThat(year.at(FiscalLevel.DAY)).allSatisfy(day -> assertThat(day.amount()).isEqualTo(
                withHoliday.isWorkingDay(day.period().start()) ? Money.of("100.00", "EUR") : Money.of("0", "EUR")));
        assertThat(amounts(year.at(FiscalLevel.WEEK).subList(0, 2))).containsExactlyElementsOf(decimals("400.00", "500.00"));
        assertThat(amounts(year.at(FiscalLevel.QUARTER))).containsExactlyElementsOf(decimals("6400.00", "6500.00", "6500.00", "6500.00"));
        assertChildrenAddUp(year);
    }

    @Test
    void aYearWithoutWorkingDaysFallsBackToCalendarDays() {
        WorkingCalendar neverOpen = new WorkingCalendar(ZoneOffset.UTC, Set.of(), MONDAY_TO_FRIDAY.dayStart(),
                MONDAY_TO_FRIDAY.dayEnd(), Set.of());
        TargetDecomposition decomposition = new TargetDecomposition(FOUR_FOUR_FIVE, neverOpen, TimeWeighting.WORKING_DAYS);

        Allocation year = decomposition.inTime(FOUR_FOUR_FIVE.fiscalYear(2025), Money.of("3640.00", "EUR"));

        assertThat(year.at(FiscalLevel.DAY)).allSatisfy(day -> assertThat(day.amount()).isEqualTo(Money.of("10", "EUR")));
    }

    @Test
    void yenBudgetsSplitIntoWholeYen() {
        TargetDecomposition decomposition = new TargetDecomposition(FOUR_FOUR_FIVE, MONDAY_TO_FRIDAY, TimeWeighting.CALENDAR_DAYS);

        Allocation year = decomposition.inTime(FOUR_FOUR_FIVE.fiscalYear(2025), Money.of("1000000", "JPY"));

        assertThat(amounts(year.children())).containsExactlyElementsOf(decimals("250000", "250000", "250000", "250000"));
        assertThat(amounts(year.children().getFirst().children())).containsExactlyElementsOf(decimals("76923", "76923", "96154"));
        assertThat(year.at(FiscalLevel.DAY)).allSatisfy(day -> assertThat(day.amount().amount().scale()).isZero());
        assertChildrenAddUp(year);
    }

    @Test
    void theYearlyAmountIsRoundedToTheMinorUnitBeforeItIsSplit() {
        TargetDecomposition decomposition = new TargetDecomposition(CALENDAR_YEAR, MONDAY_TO_FRIDAY, TimeWeighting.EQUAL);

        Allocation year = decomposition.inTime(CALENDAR_YEAR.fiscalYear(2026), Money.of("100.005", "EUR"));

        assertThat(year.amount().amount()).isEqualTo(new BigDecimal("100.00"));
        assertChildrenAddUp(year);
    }

    @Test
    void aPlanCarriesTheRatioTargetsToEveryPeriod() {
        ProjectTargets targets = new ProjectTargets("HELP", 2025, new BigDecimal("120000"), new BigDecimal("25.00"),
                new BigDecimal("0.75"), new BigDecimal("4.2"), List.of());
        BudgetSettings settings = new BudgetSettings(
                new FiscalCalendarSettings(FiscalCalendarMode.WEEKS_445, Month.JANUARY, DayOfWeek.MONDAY),
                TimeWeighting.CALENDAR_DAYS, List.of(targets));

        TargetPlan plan = TargetDecomposition.of(settings, MONDAY_TO_FRIDAY).plan(targets, EUR);

        assertThat(plan.year()).isEqualTo(FOUR_FOUR_FIVE.fiscalYear(2025));
        assertThat(plan.costBudget().amount()).isEqualTo(Money.of("120000.00", "EUR"));
        for (FiscalLevel level : FiscalLevel.values()) {
            assertThat(plan.at(level)).allSatisfy(target -> {
                assertThat(target.level()).isEqualTo(level);
                assertThat(target.targetCostPerResolution()).isEqualTo(Money.of("25.00", "EUR"));
                assertThat(target.targetFcr()).isEqualTo(new BigDecimal("0.75"));
                assertThat(target.targetCsat()).isEqualTo(new BigDecimal("4.2"));
            });
            assertThat(plan.at(level).stream().map(PeriodTarget::costBudget).reduce(Money.zero(EUR), Money::plus))
                    .isEqualTo(Money.of("120000.00", "EUR"));
        }
        assertThat(plan.at(FiscalLevel.QUARTER)).extracting(target -> target.period().label())
                .containsExactly("FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4");
    }

    @Test
    void aPlanOfInvalidTargetsIsRefused() {
        TargetDecomposition decomposition = new TargetDecomposition(CALENDAR_YEAR, MONDAY_TO_FRIDAY, TimeWeighting.EQUAL);
        ProjectTargets noBudget = new ProjectTargets("HELP", 2026, null, null, new BigDecimal("2"), null, null);

        assertThatThrownBy(() -> decomposition.plan(noBudget, EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field()).containsExactly("costBudget", "targetFcr"));
        assertThatThrownBy(() -> TargetDecomposition.of(new BudgetSettings(null, null, null), MONDAY_TO_FRIDAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("fiscalCalendar");
    }

    @Test
    void sharesSplitAnAmountExactlyInTheOrderListed() {
        List<SpaceShare> shares = List.of(
                new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("50")),
                new SpaceShare(SpaceDimension.AGENT, "ann", new BigDecimal("100")),
                new SpaceShare(SpaceDimension.TEAM, "beta", new BigDecimal("30")),
                new SpaceShare(SpaceDimension.TEAM, "gamma", new BigDecimal("20")));

        List<SpaceAmount> teams = TargetDecomposition.inSpace(Money.of("1000.01", "EUR"), shares, SpaceDimension.TEAM);

        // 500.005, 300.003, 200.002: the spare cent goes to the largest remainder, alpha's.
        assertThat(teams).containsExactly(
                new SpaceAmount(SpaceDimension.TEAM, "alpha", Money.of("500.01", "EUR")),
                new SpaceAmount(SpaceDimension.TEAM, "beta", Money.of("300.00", "EUR")),
                new SpaceAmount(SpaceDimension.TEAM, "gamma", Money.of("200.00", "EUR")));
        assertThat(TargetDecomposition.inSpace(Money.of("1000.01", "EUR"), shares, SpaceDimension.AGENT))
                .containsExactly(new SpaceAmount(SpaceDimension.AGENT, "ann", Money.of("1000.01", "EUR")));
    }

    @Test
    void decimalSharesOfAThirdSplitExactly() {
        List<SpaceShare> shares = List.of(
                new SpaceShare(SpaceDimension.SUPPORT_TIER, "L1", new BigDecimal("33.33")),
                new SpaceShare(SpaceDimension.SUPPORT_TIER, "L2", new BigDecimal("33.33")),
                new SpaceShare(SpaceDimension.SUPPORT_TIER, "L3", new BigDecimal("33.34")));

        assertThat(TargetDecomposition.inSpace(Money.of("100.00", "EUR"), shares, SpaceDimension.SUPPORT_TIER))
                .extracting(SpaceAmount::amount)
                .containsExactly(Money.of("33.33", "EUR"), Money.of("33.33", "EUR"), Money.of("33.34", "EUR"));
        assertThat(TargetDecomposition.inSpace(Money.of("100", "JPY"), shares, SpaceDimension.SUPPORT_TIER))
                .extracting(SpaceAmount::amount)
                .containsExactly(Money.of("33", "JPY"), Money.of("33", "JPY"), Money.of("34", "JPY"));
    }

    @Test
    void aDimensionWithoutSharesOrNotAddingUpIsRefused() {
        List<SpaceShare> shares = List.of(new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("90")));

        assertThatThrownBy(() -> TargetDecomposition.inSpace(Money.of("1", "EUR"), shares, SpaceDimension.TEAM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TEAM shares add up to 90 %");
        assertThatThrownBy(() -> TargetDecomposition.inSpace(Money.of("1", "EUR"), shares, SpaceDimension.AGENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("AGENT shares add up to 0 %");
    }
}
