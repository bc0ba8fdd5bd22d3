package io.balancepoint.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class LoadedRateCalculatorTest {

    private static LoadedRateInput input(String salary, String benefits, String overhead, String hours, String shrinkage) {
        return new LoadedRateInput(dec(salary), dec(benefits), dec(overhead), dec(hours), dec(shrinkage));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void workedExampleByHand() {
        // (52000 + 13000 + 10000) / (2080 × 0.70) = 75000 / 1456 = 51.510989010989…
        LoadedRateBreakdown b = LoadedRateCalculator.calculate(input("52000", "13000", "10000", "2080", "30"));
        assertThat(b.annualCost()).isEqualByComparingTo("75000");
        assertThat(b.productiveHours()).isEqualByComparingTo("1456");
        assertThat(b.hourlyRate()).isEqualByComparingTo("51.51098901098901098901098901098901");
        assertThat(b.hourlyRate().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("51.51");
    }

    @Test
    void researchExampleOfAboutFortyPerProductiveHour() {
        // $10M / (150 agents × 2080 h × 80 % productive) ≈ $40 (research/market-domain.md §3.3)
        LoadedRateBreakdown b = LoadedRateCalculator.calculate(input("10000000", "0", "0", "312000", "20"));
        assertThat(b.productiveHours()).isEqualByComparingTo("249600");
        assertThat(b.hourlyRate()).isEqualByComparingTo("40.06410256410256410256410256410256");
    }

    @Test
    void withoutShrinkageItIsCostOverPaidHours() {
        assertThat(LoadedRateCalculator.calculate(input("41600", "0", "0", "2080", "0")).hourlyRate())
                .isEqualByComparingTo("20");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> LoadedRateCalculator.calculate(input(null, "-1", "-0.01", "0", "100")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("annualSalary", "is required"),
                        new Problem("benefits", "must not be negative"),
                        new Problem("allocatedOverhead", "must not be negative"),
                        new Problem("paidHours", "must be greater than 0"),
                        new Problem("shrinkagePercent", "must be at least 0 and less than 100")));
    }

    @Test
    void boundariesOfPaidHoursAndShrinkage() {
        assertThat(LoadedRateCalculator.calculate(input("8784", "0", "0", "8784", "99.9")).productiveHours())
                .isEqualByComparingTo("8.784");
        assertThat(LoadedRateCalculator.calculate(input("1", "0", "0", "0.01", "0")).hourlyRate())
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> LoadedRateCalculator.calculate(input("1", "0", "0", "-1", "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("paidHours", "shrinkagePercent"));
        assertThatThrownBy(() -> LoadedRateCalculator.calculate(input("0", "0", "0", "2080", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("annualSalary", "must be greater than 0")));
    }
}
