package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.EUR;
import static io.balancepoint.metrics.FactsBuilder.eur;
import static io.balancepoint.metrics.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactMeasuresTest {

    @Test
    void measuresOneTicket() {
        FactMeasures m = FactMeasures.of(facts("SD-1").created(Instant.parse("2026-03-02T09:00:00Z"))
                .resolvedAt(Instant.parse("2026-03-02T11:00:00Z")).cost(CostCategory.LABOUR, "30")
                .cost(CostCategory.CONTACT, "2.5").labour(1800).labourEstimated(false).contacts(2).followUps(1)
                .reopens(1).firstResponse(Duration.ofMinutes(15)).csat(4).fcr(FcrStatus.PROVISIONAL).build());

        assertThat(m).isEqualTo(new FactMeasures(1, 1, 1, 1, 1, 1, eur("32.5"),
                Map.of(CostCategory.LABOUR, eur("30"), CostCategory.CONTACT, eur("2.5")),
                2, 1, 1, 1800, 1, 0, 900, 1, 7200, 4, 1));
        assertThat(m.costByCategory()).hasSize(CostCategory.values().length)
                .containsEntry(CostCategory.MATERIAL, Money.zero(EUR));
    }

    @Test
    void anOpenTicketWithoutResponseCountsOnlyAsATicket() {
        FactMeasures m = FactMeasures.of(facts("SD-2").unresolved().contacts(0).firstResponse(null).labourEstimated(true).build());

        assertThat(m.tickets()).isEqualTo(1);
        assertThat(m.resolved()).isZero();
        assertThat(m.realResolutions()).isZero();
        assertThat(m.fcrApplicable()).isZero();
        assertThat(m.firstResponses()).isZero();
        assertThat(m.resolutionSeconds()).isZero();
        assertThat(m.csatCount()).isZero();
        assertThat(m.estimatedLabourTickets()).isEqualTo(1);
    }

    @Test
    void aRecomputedTicketMovesARollupByTheDelta() {
        FactMeasures before = FactMeasures.of(facts("SD-1").cost(CostCategory.LABOUR, "10").fcr(FcrStatus.PROVISIONAL).build());
        FactMeasures after = FactMeasures.of(facts("SD-1").cost(CostCategory.LABOUR, "10").cost(CostCategory.MATERIAL, "4")
                .contacts(2).fcr(FcrStatus.NOT_FCR).build());
        FactMeasures other = FactMeasures.of(facts("SD-2").cost(CostCategory.LABOUR, "7").build());
        FactMeasures row = before.plus(other);

        FactMeasures updated = row.plus(after.minus(before));

        assertThat(updated).isEqualTo(after.plus(other));
        assertThat(updated.fcr()).isEqualTo(1);
        assertThat(updated.fcrProvisional()).isZero();
        assertThat(updated.costByCategory()).containsEntry(CostCategory.MATERIAL, eur("4"));
    }

    @Test
    void aGroupMinusItselfIsZeroWhateverTheScaleOfItsAmounts() {
        FactMeasures a = FactMeasures.of(facts("SD-1").cost(CostCategory.LABOUR, "10.50").labour(60).csat(3).build());
        FactMeasures b = FactMeasures.of(facts("SD-2").cost(CostCategory.LABOUR, "0.5000").build());

        assertThat(a.plus(b).minus(a).minus(b).isZero()).isTrue();
        assertThat(a.plus(a.negated()).isZero()).isTrue();
        assertThat(a.negated().tickets()).isEqualTo(-1);
        assertThat(a.negated().totalCost()).isEqualTo(eur("-10.5"));
        assertThat(a.isZero()).isFalse();
        assertThat(FactMeasures.zero(EUR).isZero()).isTrue();
        assertThat(new FactMeasures(0, 0, 0, 0, 0, 0, eur("0"), Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1).isZero())
                .as("one non-zero count is enough").isFalse();
    }

    @Test
    void refusesToMixCurrencies() {
        FactMeasures euros = FactMeasures.zero(EUR);
        FactMeasures dollars = FactMeasures.zero(java.util.Currency.getInstance("USD"));

        assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FactMeasures(0, 0, 0, 0, 0, 0, eur("1"), Map.of(CostCategory.LABOUR, Money.of("1", "USD")),
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LABOUR");
    }
}
