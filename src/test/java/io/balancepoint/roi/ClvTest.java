package io.balancepoint.roi;

import static io.balancepoint.roi.RoiTestData.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClvTest {

    @Test
    void specExampleDiscountedAnnuity() {
        Money clv = Clv.annuity(Money.of("1000", "EUR"), new BigDecimal("0.10"), 5);
        assertThat(clv.rounded()).isEqualTo(new BigDecimal("3790.79"));
        // 1000 × (1.1^5 − 1) ÷ (0.1 × 1.1^5), to 34 significant digits
        assertThat(clv.amount()).isEqualByComparingTo("3790.786769408448255521542865303537");
    }

    @Test
    void specExampleUndiscountedIsProfitTimesYears() {
        // 3000 four times a year = 12 000 a year, for 10 years
        Money clv = Clv.annuity(Money.of("12000", "EUR"), BigDecimal.ZERO, 10);
        assertThat(clv).isEqualTo(Money.of("120000", "EUR"));
    }

    @Test
    void oneYearIsOneDiscountedPayment() {
        assertThat(Clv.annuity(Money.of("110", "EUR"), new BigDecimal("0.10"), 1)).isEqualTo(Money.of("100", "EUR"));
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThatThrownBy(() -> Clv.annuity(Money.of("1", "EUR"), BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clv.annuity(Money.of("1", "EUR"), new BigDecimal("-0.01"), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void growsWithYearsOfLoyalty(@ForAll @BigRange(min = "1", max = "100000") BigDecimal profit,
                                 @ForAll @BigRange(min = "0", max = "1") BigDecimal rate,
                                 @ForAll @IntRange(min = 1, max = 99) int years) {
        Money r = Money.of(profit, EUR);
        assertThat(Clv.annuity(r, rate, years + 1)).isGreaterThan(Clv.annuity(r, rate, years));
    }

    @Property
    void fallsWithTheDiscountRate(@ForAll @BigRange(min = "1", max = "100000") BigDecimal profit,
                                  @ForAll @BigRange(min = "0", max = "0.99") BigDecimal rate,
                                  @ForAll @IntRange(min = 1, max = 100) int years) {
        Money r = Money.of(profit, EUR);
        BigDecimal higher = rate.add(new BigDecimal("0.01"));
        assertThat(Clv.annuity(r, higher, years)).isLessThan(Clv.annuity(r, rate, years));
        // never more than the undiscounted sum
        assertThat(Clv.annuity(r, rate, years)).isLessThanOrEqualTo(r.times(years));
    }
}
