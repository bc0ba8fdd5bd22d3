package io.balancepoint.budget;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount into parts proportional to weights so that the parts add up exactly to the
 * amount in the currency's minor units (Hamilton's largest-remainder method).
 *
 * <p>Each part first gets the whole minor units of its exact share (total × weight ÷ Σ weights);
 * the minor units left over go one each to the parts with the largest remainders. Ties go to the
 * earlier part (the earlier period, the share listed first), so 100.00 in three equal parts is
 * 33.34, 33.33, 33.33. Every part is therefore less than one minor unit away from its exact share.
 * A negative amount is split as its absolute value and negated, so the method is symmetric.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Splits {@code total}, first rounded half-even to its currency's minor unit, by
     * {@code weights} (none negative, at least one positive). Parts carry the currency's scale.
     */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        int digits = Math.max(total.currency().getDefaultFractionDigits(), 0);
        BigInteger minorUnits = total.rounded().movePointRight(digits).toBigIntegerExact();
        return splitMinorUnits(minorUnits, wholeWeights(weights)).stream()
                .map(part -> Money.of(new BigDecimal(part, digits), total.currency()))
                .toList();
    }

    /** Splits a whole number of minor units by whole weights (none negative, at least one positive). */
    public static List<BigInteger> splitMinorUnits(BigInteger total, List<BigInteger> weights) {
        BigInteger weightSum = BigInteger.ZERO;
        for (BigInteger weight : weights) {
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("weights must not be null or negative: " + weights);
            }
            weightSum = weightSum.add(weight);
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive: " + weights);
        }
        if (total.signum() < 0) {
            return splitMinorUnits(total.negate(), weights).stream().map(BigInteger::negate).toList();
        }
        List<BigInteger> parts = new ArrayList<>(weights.size());
        List<BigInteger> remainders = new ArrayList<>(weights.size());
        BigInteger leftover = total;
        for (BigInteger weight : weights) {
            BigInteger[] quotientAndRemainder = total.multiply(weight).divideAndRemainder(weightSum);
            parts.add(quotientAndRemainder[0]);
            remainders.add(quotientAndRemainder[1]);
            leftover = leftover.subtract(quotientAndRemainder[0]);
        }
        // leftover < number of parts, because each part lost less than one unit to the floor.
        IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()).thenComparing(i -> i))
                .limit(leftover.intValueExact())
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return List.copyOf(parts);
    }

    /** Scales decimal weights by a common power of ten so they become whole numbers with the same ratios. */
    private static List<BigInteger> wholeWeights(List<BigDecimal> weights) {
        int scale = 0;
        for (BigDecimal weight : weights) {
            if (weight == null) {
                throw new IllegalArgumentException("weights must not be null: " + weights);
            }
            scale = Math.max(scale, weight.stripTrailingZeros().scale());
        }
        int commonScale = scale;
        return weights.stream().map(weight -> weight.movePointRight(commonScale).toBigIntegerExact()).toList();
    }
}
