package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.money.Money;
import io.balancepoint.time.WorkingCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class TargetDecompositionProperties {

    private static final WorkingCalendar MONDAY_TO_FRIDAY = WorkingCalendar.standard(ZoneOffset.UTC);

    @Property(tries = 200)
    void everyLevelAddsUpExactlyToItsParent(
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal amount,
            @ForAll FiscalCalendarMode mode, @ForAll Month firstMonth, @ForAll DayOfWeek weekStartDay,
            @ForAll TimeWeighting weighting, @ForAll @IntRange(min = 2000, max = 2100) int number,
            @ForAll("currencies") Currency currency) {
        FiscalCalendar calendar = new FiscalCalendar(mode, firstMonth, weekStartDay);
        Money total = Money.of(amount, currency);

        Allocation year = new TargetDecomposition(calendar, MONDAY_TO_FRIDAY, weighting)
                .inTime(calendar.fiscalYear(number), total);

        assertThat(year.amount()).isEqualTo(Money.of(total.rounded(), currency));
        TargetDecompositionTest.assertChildrenAddUp(year);
        assertThat(year.at(FiscalLevel.DAY)).hasSize((int) calendar.fiscalYear(number).days());
    }

    @Property
    void sharesSplitExactlyAndFairly(@ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal amount,
                                     @ForAll("sharesInHundredths") List<Integer> hundredths,
                                     @ForAll("currencies") Currency currency) {
        List<SpaceShare> shares = new ArrayList<>();
        for (int i = 0; i < hundredths.size(); i++) {
            shares.add(new SpaceShare(SpaceDimension.AGENT, "agent" + i, BigDecimal.valueOf(hundredths.get(i), 2)));
        }
        Money total = Money.of(total(amount, currency), currency);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits());

        List<SpaceAmount> parts = TargetDecomposition.inSpace(total, shares, SpaceDimension.AGENT);

        assertThat(parts).extracting(SpaceAmount::key).containsExactlyElementsOf(shares.stream().map(SpaceShare::key).toList());
        assertThat(parts.stream().map(SpaceAmount::amount).reduce(Money.zero(currency), Money::plus)).isEqualTo(total);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = total.amount().multiply(shares.get(i).sharePercent()).divide(SpaceShare.HUNDRED, MathContext.DECIMAL128);
            assertThat(parts.get(i).amount().amount().subtract(exact).abs()).isLessThan(minorUnit);
        }
    }

    private static BigDecimal total(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.DOWN);
    }

    /** 1 to 12 shares in hundredths of a percent that add up to exactly 100 % (zeros allowed). */
    @Provide
    Arbitrary<List<Integer>> sharesInHundredths() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(0).ofMaxSize(11).map(cuts -> {
            List<Integer> points = new ArrayList<>(cuts);
            points.add(0);
            points.add(10_000);
            points.sort(null);
            List<Integer> shares = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                shares.add(points.get(i) - points.get(i - 1));
            }
            return shares;
        });
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "JPY", "KWD").map(Currency::getInstance);
    }
}
