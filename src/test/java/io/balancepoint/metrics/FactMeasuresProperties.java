package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import io.balancepoint.time.Granularity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FactMeasuresProperties {

    private final FactAggregation aggregation = new FactAggregation(EUR, ZoneId.of("Pacific/Auckland"), DimensionFilter.all());

    @Provide
    Arbitrary<TicketFacts> ticketFacts() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(4);
        Arbitrary<FactsBuilder> shape = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(4),
                        Arbitraries.of("email", "phone", "chat", "portal"),
                        Arbitraries.of("Gold", "Basic", "Platinum"),
                        Arbitraries.of(FcrStatus.class),
                        Arbitraries.integers().between(0, 400 * 24),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(1, 5).injectNull(0.3))
                .as((key, channel, tier, status, hours, real, contacts, csat) -> {
                    FactsBuilder b = FactsBuilder.facts("SD-" + key).channel(channel).customerTier(tier)
                            .contacts(contacts).followUps(contacts / 2).reopens(contacts / 3).csat(csat)
                            .labour(contacts * 600L).labourEstimated(contacts == 0)
                            .firstResponse(contacts == 0 ? null : Duration.ofMinutes(contacts * 7L));
                    if (status == FcrStatus.OPEN) {
                        return b.unresolved();
                    }
                    Instant at = FactsBuilder.CREATED.plus(Duration.ofHours(hours));
                    return b.resolved(at, real ? "Done" : "Duplicate", real).fcr(status);
                });
        return Combinators.combine(shape, amounts, amounts, amounts)
                .as((b, labour, contact, material) -> b.cost(CostCategory.LABOUR, labour.toPlainString())
                        .cost(CostCategory.CONTACT, contact.toPlainString())
                        .cost(CostCategory.MATERIAL, material.toPlainString()).build());
    }

    @Provide
    Arbitrary<List<TicketFacts>> factLists() {
        return ticketFacts().list().ofMaxSize(30);
    }

    private static FactMeasures sum(List<TicketFacts> facts) {
        return facts.stream().map(FactMeasures::of).reduce(FactMeasures.zero(EUR), FactMeasures::plus);
    }

    @Property
    void minusUndoesPlus(@ForAll("factLists") List<TicketFacts> a, @ForAll("factLists") List<TicketFacts> b) {
        FactMeasures x = sum(a);
        FactMeasures y = sum(b);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.minus(y).plus(y)).isEqualTo(x);
        assertThat(x.minus(x)).isEqualTo(FactMeasures.zero(EUR));
    }

    @Property
    void theOrderOfAdditionDoesNotMatter(@ForAll("factLists") List<TicketFacts> facts, @ForAll long seed) {
        List<TicketFacts> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(sum(shuffled)).isEqualTo(sum(facts));
    }

    @Property(tries = 300) // groups by every dimension: the heaviest property
    void thePartsOfEveryGroupingSumToTheWhole(@ForAll("factLists") List<TicketFacts> facts) {
        FactMeasures whole = aggregation.total(facts);
        assertThat(whole).isEqualTo(sum(facts));
        for (Dimension d : Dimension.values()) {
            assertThat(aggregation.byDimension(facts, d).values().stream().reduce(FactMeasures.zero(EUR), FactMeasures::plus))
                    .as(d.name()).isEqualTo(whole);
        }
        FactMeasures resolved = sum(facts.stream().filter(TicketFacts::isResolved).toList());
        assertThat(aggregation.byPeriod(facts, Granularity.WEEK).values().stream().reduce(FactMeasures.zero(EUR), FactMeasures::plus))
                .isEqualTo(resolved);
        assertThat(aggregation.byPeriodAndDimension(facts, Granularity.QUARTER, Dimension.CHANNEL).values().stream()
                .flatMap(m -> m.values().stream()).reduce(FactMeasures.zero(EUR), FactMeasures::plus))
                .isEqualTo(resolved);
    }

    @Property
    void theFcrRateIsBetweenZeroAndOne(@ForAll("factLists") List<TicketFacts> facts) {
        FactMeasures m = sum(facts);

        PeriodMetrics.fcrRate(m).ifPresentOrElse(
                rate -> assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE),
                () -> assertThat(m.fcrApplicable()).isZero());
    }

    @Property
    void costByCategoryAlwaysAddsUpToTheTotal(@ForAll("factLists") List<TicketFacts> facts) {
        FactMeasures m = sum(facts);

        assertThat(m.costByCategory().values().stream().reduce(Money.zero(EUR), Money::plus))
                .isEqualTo(m.totalCost());
    }
}
