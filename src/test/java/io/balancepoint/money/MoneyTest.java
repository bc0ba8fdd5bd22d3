package io.balancepoint.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsScaleAndRoundsHalfEvenOnlyForDisplay() {
        Money m = Money.of("10.125", "EUR");
        assertThat(m.amount()).isEqualByComparingTo("10.125");
        assertThat(m.amount().scale()).isEqualTo(3);
        assertThat(m.rounded()).isEqualTo(new BigDecimal("10.12"));
        assertThat(Money.of("10.135", "EUR").rounded()).isEqualTo(new BigDecimal("10.14"));
        assertThat(m.display()).isEqualTo("EUR 10.12");
    }

    @Test
    void roundsToEachCurrencysMinorUnit() {
        assertThat(Money.of("1234.5", "JPY").rounded()).isEqualTo(new BigDecimal("1234"));
        assertThat(Money.of("1.23456", "KWD").rounded()).isEqualTo(new BigDecimal("1.235"));
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(Money.of("1.5", "EUR").hashCode()).isEqualTo(Money.of("1.50", "EUR").hashCode());
        assertThat(Money.of("1.5", "EUR")).isNotEqualTo(Money.of("1.5", "USD"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR vs USD");
    }

    @Test
    void dividesExactlyEnough() {
        assertThat(Money.of("100", "EUR").dividedBy(3).amount().precision()).isEqualTo(34);
        assertThatThrownBy(() -> Money.of("1", "EUR").dividedBy(0)).isInstanceOf(ArithmeticException.class);
    }

    @Property
    void additionIsExactAndReversible(@ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal a,
                                      @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal b) {
        Money x = Money.of(a, java.util.Currency.getInstance("EUR"));
        Money y = Money.of(b, java.util.Currency.getInstance("EUR"));
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }
}
