package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class LargestRemainderProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Property
    void partsAddUpExactlyAndStayWithinOneMinorUnitOfTheirShare(
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal amount,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
        assertExactAndFair(Money.of(amount, EUR), weights, new BigDecimal("0.01"));
    }

    @Property
    void yenPartsAreWholeYenAndAddUpExactly(
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(0) BigDecimal amount,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
        List<Money> parts = assertExactAndFair(Money.of(amount, JPY), weights, BigDecimal.ONE);

        assertThat(parts).allSatisfy(part -> assertThat(part.amount().scale()).isZero());
    }

    @Property
    void equalWeightsGiveThePartsThatDifferByAtMostOneMinorUnitLargestFirst(
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 40) int count) {
        List<Integer> equal = Collections.nCopies(count, 7);

        List<BigDecimal> parts = assertExactAndFair(Money.of(amount, EUR), equal, new BigDecimal("0.01"))
                .stream().map(Money::amount).toList();

        assertThat(parts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(parts.getFirst().subtract(parts.getLast())).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    private static List<Money> assertExactAndFair(Money total, List<Integer> weights, BigDecimal minorUnit) {
        List<Money> parts = LargestRemainder.split(total, weights.stream().map(BigDecimal::valueOf).toList());
        BigDecimal weightSum = BigDecimal.valueOf(weights.stream().mapToLong(Integer::longValue).sum());

        assertThat(parts).hasSameSizeAs(weights);
        assertThat(parts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total.amount());
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exactShare = total.amount().multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(weightSum, MathContext.DECIMAL128);
            assertThat(parts.get(i).amount().subtract(exactShare).abs()).isLessThan(minorUnit);
        }
        return parts;
    }
}
