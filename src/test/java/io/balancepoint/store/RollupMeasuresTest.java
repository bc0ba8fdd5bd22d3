package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupMeasuresTest {

    @Test
    void aResolvedTicketContributesItsCountsAndCosts() {
        RollupMeasures m = RollupMeasures.of(resolved(1, "100.00"));

        assertThat(m.resolved()).isEqualTo(1);
        assertThat(m.realResolved()).isEqualTo(1);
        assertThat(m.fcrApplicable()).isEqualTo(1);
        assertThat(m.fcr()).isEqualTo(1);
        assertThat(m.contacts()).isEqualTo(1);
        assertThat(m.labourSeconds()).isEqualTo(5400);
        assertThat(m.csatSum()).isEqualTo(4);
        assertThat(m.csatCount()).isEqualTo(1);
        assertThat(m.totalCost()).isEqualTo(new BigDecimal("100"));
        assertThat(m.costByCategory()).containsEntry(CostCategory.LABOUR, new BigDecimal("75"))
                .containsEntry(CostCategory.CONTACT, new BigDecimal("25"))
                .containsEntry(CostCategory.OTHER, BigDecimal.ZERO)
                .hasSize(CostCategory.values().length);
    }

    @Test
    void statusesCountAsTheirDefinitionsSay() {
        assertThat(measures(FcrStatus.PROVISIONAL)).extracting(RollupMeasures::fcrApplicable, RollupMeasures::fcr).containsExactly(1L, 1L);
        assertThat(measures(FcrStatus.NOT_FCR)).extracting(RollupMeasures::fcrApplicable, RollupMeasures::fcr).containsExactly(1L, 0L);
        assertThat(measures(FcrStatus.NOT_APPLICABLE)).extracting(RollupMeasures::fcrApplicable, RollupMeasures::fcr).containsExactly(0L, 0L);
    }

    @Test
    void unresolvedAndUnratedTicketsContributeNothingOrNoRating() {
        assertThat(RollupMeasures.of(StoreFixtures.facts(1, "SD", null, null, null, null, null, null, "50", 5, FcrStatus.OPEN)))
                .isEqualTo(RollupMeasures.ZERO);
        assertThat(RollupMeasures.of(null)).isEqualTo(RollupMeasures.ZERO);
        RollupMeasures unrated = RollupMeasures.of(StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED, null, null, null,
                null, null, "50", null, FcrStatus.FCR));
        assertThat(unrated.csatCount()).isZero();
        assertThat(unrated.csatSum()).isZero();
    }

    @Test
    void sumsAreEqualWhateverTheOrderAndScaleOfTheirTerms() {
        RollupMeasures a = RollupMeasures.of(resolved(1, "10.50"));
        RollupMeasures b = RollupMeasures.of(resolved(2, "0.5"));
        RollupMeasures c = RollupMeasures.of(resolved(3, "7.125"));

        assertThat(a.plus(b).plus(c).minus(a)).isEqualTo(c.plus(b));
        assertThat(a.minus(a)).isEqualTo(RollupMeasures.ZERO);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.isZero()).isFalse();
        assertThat(a.plus(b).totalCost().toPlainString()).isEqualTo("11");
    }

    @Test
    void mixedCurrenciesInOneTicketAreRejected() {
        TicketFacts t = resolved(1, "10");
        TicketFacts mixed = new TicketFacts(t.issueId(), t.issueKey(), t.projectKey(), t.requestType(), t.channel(),
                t.priority(), t.customerKey(), t.organisation(), t.customerTier(), t.supportTier(), t.created(),
                t.resolvedAt(), t.resolution(), t.realResolution(), t.resolvedBy(), t.totalCost(),
                Map.of(CostCategory.LABOUR, Money.of("10", "USD")), 0, false, 0, 0, 0, null, null, null, t.fcrStatus());

        assertThatThrownBy(() -> RollupMeasures.of(mixed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
    }

    @Test
    void keyIsTheResolutionDayInTheInstanceZone() {
        // 2026-03-02T23:30Z is already March 3rd in Berlin.
        TicketFacts late = StoreFixtures.facts(1, "SD", java.time.Instant.parse("2026-03-02T23:30:00Z"), "rt", "email",
                null, "L1", "bob", "1", null, FcrStatus.FCR);

        assertThat(RollupKey.of(late, ZoneId.of("Europe/Berlin")).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(RollupKey.of(late, ZoneId.of("UTC")).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(RollupKey.of(StoreFixtures.facts(1, "SD", null, null, null, null, null, null, "1", null, FcrStatus.OPEN),
                ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void keyHashesTellNullsEmptiesAndShiftedValuesApart() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Currency eur = Currency.getInstance("EUR");
        Set<String> hashes = new HashSet<>();
        hashes.add(new RollupKey("SD", day, null, "email", null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day, "", "email", null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day, "email", null, null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day, "e", "mail", null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day, "em", "ail", null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day.plusDays(1), null, "email", null, null, null, eur).hash());
        hashes.add(new RollupKey("SD", day, null, "email", null, null, null, Currency.getInstance("USD")).hash());

        assertThat(hashes).hasSize(7).allSatisfy(h -> assertThat(h).hasSize(64));
        assertThat(new RollupKey("SD", day, null, "email", null, null, null, eur).hash())
                .isEqualTo(new RollupKey("SD", day, null, "email", null, null, null, eur).hash());
    }

    private static RollupMeasures measures(FcrStatus status) {
        return RollupMeasures.of(StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED, null, null, null, null, null, "1", null, status));
    }
}
