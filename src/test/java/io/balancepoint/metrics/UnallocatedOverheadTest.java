package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.EUR;
import static io.balancepoint.metrics.FactsBuilder.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.ledger.OverheadSettings;
import io.balancepoint.ledger.PeriodOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnallocatedOverheadTest {

    private final UnallocatedOverhead overhead = new UnallocatedOverhead(EUR, Map.of(
            YearMonth.of(2026, 1), eur("3100"),
            YearMonth.of(2026, 2), eur("2800"),
            YearMonth.of(2026, 3), eur("3000.10")));

    @Test
    void aProjectsEntriesComeFromTheOverheadSettingsAndAddUpPerMonth() {
        OverheadSettings settings = new OverheadSettings(List.of(), List.of(
                new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("1000"), "tools"),
                new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("550.50"), "training"),
                new PeriodOverhead("IT", YearMonth.of(2026, 1), new BigDecimal("99"), "other project"),
                new PeriodOverhead("SD", YearMonth.of(2026, 3), new BigDecimal("310"), "facilities")));

        UnallocatedOverhead sd = UnallocatedOverhead.forProject(settings, "SD", EUR);

        assertThat(sd.monthly()).containsOnly(Map.entry(YearMonth.of(2026, 1), eur("1550.5")),
                Map.entry(YearMonth.of(2026, 3), eur("310")));
        assertThat(UnallocatedOverhead.forProject(settings, "XX", EUR).monthly()).isEmpty();
        assertThat(UnallocatedOverhead.forProject(OverheadSettings.defaults(), "SD", EUR).forPeriod(
                Granularity.YEAR.periodOf(LocalDate.of(2026, 1, 1)))).isEqualTo(Money.zero(EUR));
    }

    @Test
    void aMonthGetsItsAmountExactly() {
        assertThat(overhead.forPeriod(Granularity.MONTH.periodOf(LocalDate.of(2026, 3, 15)))).isEqualTo(eur("3000.10"));
    }

    @Test
    void aQuarterSumsItsMonthsAndMissingMonthsAreZero() {
        assertThat(overhead.forPeriod(Granularity.QUARTER.periodOf(LocalDate.of(2026, 2, 1)))).isEqualTo(eur("8900.10"));
        assertThat(overhead.forPeriod(Granularity.QUARTER.periodOf(LocalDate.of(2026, 5, 1)))).isEqualTo(Money.zero(EUR));
    }

    @Test
    void aWeekAcrossTwoMonthsTakesItsDaysOfEach() {
        // 2026-W05: Mon 26 Jan .. Sun 1 Feb = 6 January days (100 a day) + 1 February day (100 a day)
        Period week = Granularity.WEEK.periodOf(LocalDate.of(2026, 1, 28));

        assertThat(overhead.forPeriod(week)).isEqualTo(eur("700"));
        assertThat(overhead.forPeriod(Granularity.DAY.periodOf(LocalDate.of(2026, 2, 14)))).isEqualTo(eur("100"));
    }

    @Test
    void refusesAmountsInAnotherCurrency() {
        assertThatThrownBy(() -> new UnallocatedOverhead(EUR, Map.of(YearMonth.of(2026, 1), Money.of("1", "USD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01");
    }
}
