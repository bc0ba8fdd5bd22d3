package io.balancepoint.bench;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of summing amounts as {@link Money} (currency check and a new record per step) against the
 * naive baseline of adding the bare {@link BigDecimal}s, on the same cent amounts in the same run.
 * Scores are per addition; the ratio moneyPlus / bigDecimalBaseline is the price of the type.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyBench {

    /** Amounts per sum: about the cost lines of a busy ticket queue's day. */
    static final int AMOUNTS = 1_000;

    private static final Currency EUR = Currency.getInstance("EUR");

    private BigDecimal[] decimals;
    private Money[] amounts;

    @Setup
    public void createAmounts() {
        decimals = new BigDecimal[AMOUNTS];
        amounts = new Money[AMOUNTS];
        for (int i = 0; i < AMOUNTS; i++) {
            // Deterministic spread of cent amounts between 0.01 and 999.99 with mixed scales.
            BigDecimal value = BigDecimal.valueOf((i * 7_919L) % 99_999 + 1, 2);
            decimals[i] = value;
            amounts[i] = Money.of(value, EUR);
        }
    }

    @Benchmark
    @OperationsPerInvocation(AMOUNTS)
    public BigDecimal bigDecimalBaseline() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : decimals) {
            sum = sum.add(value);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(AMOUNTS)
    public Money moneyPlus() {
        Money sum = Money.zero(EUR);
        for (Money amount : amounts) {
            sum = sum.plus(amount);
        }
        return sum;
    }
}
