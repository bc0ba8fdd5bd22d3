package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static List<BigDecimal> weights(long... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<BigDecimal> amounts(List<Money> parts) {
        return parts.stream().map(Money::amount).toList();
    }

    @Test
    void hundredInThreeEqualPartsGivesTheSpareCentToTheFirst() {
        List<Money> parts = LargestRemainder.split(Money.of("100.00", "EUR"), weights(1, 1, 1));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void spareUnitsGoToTheLargestRemaindersBeforeTheTieBreak() {
        // 1000 × 1/3 = 333.33…, 1000 × 2/3 = 666.66…: the second part has the larger remainder.
        List<Money> parts = LargestRemainder.split(Money.of("1000", "JPY"), weights(1, 2));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("333"), new BigDecimal("667"));
        assertThat(parts).allSatisfy(part -> assertThat(part.amount().scale()).isZero());
    }

    @Test
    void yenHasNoMinorUnit() {
        List<Money> parts = LargestRemainder.split(Money.of("100", "JPY"), weights(1, 1, 1));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33"));
    }

    @Test
    void threeDecimalCurrenciesSplitInThousandths() {
        List<Money> parts = LargestRemainder.split(Money.of("1.000", "KWD"), weights(1, 1, 1));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("0.334"), new BigDecimal("0.333"), new BigDecimal("0.333"));
    }

    @Test
    void decimalWeightsAndZeroWeightsAreHonoured() {
        List<Money> parts = LargestRemainder.split(Money.of("10.00", "EUR"),
                List.of(new BigDecimal("12.5"), BigDecimal.ZERO, new BigDecimal("87.50")));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("1.25"), new BigDecimal("0.00"), new BigDecimal("8.75"));
    }

    @Test
    void totalIsRoundedHalfEvenToTheMinorUnitFirst() {
        List<Money> parts = LargestRemainder.split(Money.of("0.125", "EUR"), weights(1));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("0.12"));
    }

    @Test
    void negativeAmountsSplitSymmetrically() {
        List<Money> parts = LargestRemainder.split(Money.of("-100.00", "EUR"), weights(1, 1, 1));

        assertThat(amounts(parts)).containsExactly(new BigDecimal("-33.34"), new BigDecimal("-33.33"), new BigDecimal("-33.33"));
    }

    @Test
    void zeroSplitsIntoZeros() {
        assertThat(LargestRemainder.splitMinorUnits(BigInteger.ZERO, List.of(BigInteger.TWO, BigInteger.ONE)))
                .containsExactly(BigInteger.ZERO, BigInteger.ZERO);
    }

    @Test
    void weightsMustBePresentNonNegativeAndNotAllZero() {
        Money total = Money.of("1.00", "EUR");

        assertThatThrownBy(() -> LargestRemainder.split(total, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one weight must be positive");
        assertThatThrownBy(() -> LargestRemainder.split(total, weights(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one weight must be positive");
        assertThatThrownBy(() -> LargestRemainder.split(total, weights(1, -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null or negative");
        assertThatThrownBy(() -> LargestRemainder.split(total, Arrays.asList(BigDecimal.ONE, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null");
    }
}
