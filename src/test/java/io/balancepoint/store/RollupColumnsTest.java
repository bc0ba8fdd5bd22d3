package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupColumnsTest {

    private static final RollupKey KEY = new RollupKey("SD", LocalDate.of(2026, 3, 2), Dimension.CHANNEL, "email",
            Currency.getInstance("EUR"));

    @Test
    void amountsAreWrittenCanonicallyWhateverTheirScale() {
        FactMeasures a = FactMeasures.of(StoreFixtures.resolved(1, "10.5000"));
        FactMeasures b = FactMeasures.of(StoreFixtures.resolved(2, "0.5"));
        FactMeasures c = FactMeasures.of(StoreFixtures.resolved(3, "7.125"));

        FactMeasures incremental = a.plus(b).plus(c).minus(a);
        FactMeasures rebuilt = c.plus(b);

        assertThat(incremental.totalCost().amount().scale()).isNotEqualTo(rebuilt.totalCost().amount().scale());
        assertThat(RollupColumns.columns(KEY, incremental, 7)).isEqualTo(RollupColumns.columns(KEY, rebuilt, 7))
                .containsEntry("TOTAL_COST", "7.625");
        assertThat(RollupColumns.columns(KEY, a.minus(a), 7)).containsEntry("TOTAL_COST", "0").containsEntry("COST_LABOUR", "0");
    }

    @Test
    void canonicalAmountsNeverUseExponents() {
        assertThat(RollupColumns.amount(Money.of("1E+3", "EUR"))).isEqualTo("1000");
        assertThat(RollupColumns.amount(Money.of("0.000", "EUR"))).isEqualTo("0");
        assertThat(RollupColumns.amount(Money.of("-12.3400", "EUR"))).isEqualTo("-12.34");
        assertThat(RollupColumns.amount(Money.of("0.0000001", "EUR"))).isEqualTo("0.0000001");
    }

    @Test
    void everyMeasureHasItsOwnColumn() {
        Map<String, Object> row = RollupColumns.columns(KEY, FactMeasures.of(StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED,
                "VPN", "email", "GOLD", "L1", "bob", "20", 4, FcrStatus.PROVISIONAL)), 7);

        assertThat(row).containsEntry("TICKETS", 1L).containsEntry("RESOLVED", 1L).containsEntry("REAL_RESOLUTIONS", 1L)
                .containsEntry("FCR_APPLICABLE", 1L).containsEntry("FCR_COUNT", 1L).containsEntry("FCR_PROVISIONAL", 1L)
                .containsEntry("AGENT_CONTACTS", 1L).containsEntry("LABOUR_SECONDS", 5400L).containsEntry("LABOUR_TICKETS", 1L)
                .containsEntry("LABOUR_ESTIMATED_TICKETS", 0L).containsEntry("FIRST_RESPONSE_SECONDS", 2520L)
                .containsEntry("FIRST_RESPONSES", 1L).containsEntry("RESOLUTION_SECONDS", 30_270L)
                .containsEntry("FOLLOW_UPS", 0L).containsEntry("REOPENS", 0L).containsEntry("CSAT_SUM", 4L).containsEntry("CSAT_COUNT", 1L)
                .containsEntry("TOTAL_COST", "20").containsEntry("COST_LABOUR", "15").containsEntry("COST_CONTACT", "5");
        assertThat(row).containsEntry("DIM_NAME", "CHANNEL").containsEntry("DIM_VALUE", "email");
        assertThat(RollupColumns.columns(RollupKey.total("SD", KEY.day(), KEY.currency()), FactMeasures.zero(KEY.currency()), 7))
                .containsEntry("DIM_NAME", "ALL").containsEntry("DIM_VALUE", null);
        assertThat(row.keySet()).filteredOn(column -> column.startsWith("COST_")).hasSize(CostCategory.values().length);
    }

    @Test
    void measuresInAnotherCurrencyThanTheKeyAreRejected() {
        FactMeasures usd = FactMeasures.zero(Currency.getInstance("USD"));

        assertThatThrownBy(() -> RollupColumns.columns(KEY, usd, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void dayNumbersReadBack() {
        LocalDate day = LocalDate.of(2026, 12, 31);
        assertThat(RollupColumns.dayNumber(day)).isEqualTo(20261231);
        assertThat(RollupColumns.day(20261231)).isEqualTo(day);
    }
}
