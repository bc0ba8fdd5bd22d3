package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.EUR;
import static io.balancepoint.metrics.FactsBuilder.eur;
import static io.balancepoint.metrics.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class PeriodMetricsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Period MARCH = Granularity.MONTH.periodOf(LocalDate.of(2026, 3, 1));
    private final FactAggregation aggregation = new FactAggregation(EUR, BERLIN, DimensionFilter.all());

    /**
     * March 2026: two real resolutions costing 30 and 50 and a duplicate costing 20. The duplicate's cost
     * is part of what real resolutions cost: (30 + 50 + 20) ÷ 2 = 50 — not 40 (duplicate left out
     * altogether) and not 33.33 (duplicate counted as a resolution). An open ticket and an April ticket
     * are not in March.
     */
    private static List<TicketFacts> marchExample() {
        return List.of(
                facts("SD-1").resolvedAt(Instant.parse("2026-03-05T10:00:00Z")).cost(CostCategory.LABOUR, "25")
                        .cost(CostCategory.CONTACT, "5").contacts(1).fcr(FcrStatus.FCR).build(),
                facts("SD-2").resolvedAt(Instant.parse("2026-03-20T10:00:00Z")).cost(CostCategory.LABOUR, "40")
                        .cost(CostCategory.COMPENSATION, "10").contacts(3).fcr(FcrStatus.NOT_FCR).build(),
                facts("SD-3").resolved(Instant.parse("2026-03-21T10:00:00Z"), "Duplicate", false)
                        .cost(CostCategory.LABOUR, "20").contacts(1).fcr(FcrStatus.NOT_APPLICABLE).build(),
                facts("SD-4").unresolved().cost(CostCategory.LABOUR, "15").build(),
                // 2026-03-31 23:30 UTC is 2026-04-01 01:30 in Berlin: April
                facts("SD-5").resolvedAt(Instant.parse("2026-03-31T23:30:00Z")).cost(CostCategory.LABOUR, "99").build());
    }

    @Test
    void costPerResolutionCountsTheDuplicatesCostButNotTheDuplicate() {
        NavigableMap<Period, FactMeasures> byMonth = aggregation.byPeriod(marchExample(), Granularity.MONTH);

        assertThat(byMonth.keySet()).extracting(Period::label).containsExactly("2026-03", "2026-04");
        FactMeasures march = byMonth.get(MARCH);
        assertThat(march.resolved()).isEqualTo(3);
        assertThat(march.realResolutions()).isEqualTo(2);
        assertThat(march.totalCost()).isEqualTo(eur("100"));
        assertThat(PeriodMetrics.costPerResolution(march)).contains(eur("50"));
    }

    @Test
    void fullyLoadedCostPerResolutionAddsThePeriodsUnallocatedOverhead() {
        FactMeasures march = aggregation.byPeriod(marchExample(), Granularity.MONTH).get(MARCH);
        UnallocatedOverhead overhead = new UnallocatedOverhead(EUR, Map.of(YearMonth.of(2026, 3), eur("300")));

        PeriodMetrics metrics = PeriodMetrics.of(march, overhead.forPeriod(MARCH));

        assertThat(metrics.unallocatedOverhead()).isEqualTo(eur("300"));
        assertThat(metrics.costPerResolution()).isEqualTo(eur("50"));
        assertThat(metrics.fullyLoadedCostPerResolution()).isEqualTo(eur("200")); // (100 + 300) ÷ 2
        assertThat(metrics.fcrRate()).isEqualByComparingTo("0.5");              // 1 FCR of 2 applicable
        assertThat(metrics.costPerContact()).isEqualTo(eur("20"));              // 100 ÷ 5 contacts
        assertThat(metrics.meanCsat()).isNull();
    }

    @Test
    void metricsWithoutDenominatorsAreEmpty() {
        FactMeasures onlyDuplicates = FactMeasures.of(facts("SD-1").resolved(Instant.parse("2026-03-05T10:00:00Z"), "Duplicate", false)
                .cost(CostCategory.LABOUR, "20").contacts(0).fcr(FcrStatus.NOT_APPLICABLE).build());

        PeriodMetrics metrics = PeriodMetrics.of(onlyDuplicates, eur("100"));

        assertThat(metrics.fcrRate()).isNull();
        assertThat(metrics.costPerResolution()).isNull();
        assertThat(metrics.fullyLoadedCostPerResolution()).isNull();
        assertThat(metrics.costPerContact()).isNull();
        assertThat(metrics.meanLabourSeconds()).isNull();
        assertThat(PeriodMetrics.of(FactMeasures.zero(EUR), Money.zero(EUR)).fcrRate()).isNull();
    }

    @Test
    void provisionalTicketsCountAsFcrUntilTheyFail() {
        FactMeasures m = FactMeasures.of(facts("SD-1").fcr(FcrStatus.PROVISIONAL).build())
                .plus(FactMeasures.of(facts("SD-2").fcr(FcrStatus.NOT_FCR).build()))
                .plus(FactMeasures.of(facts("SD-3").fcr(FcrStatus.FCR).build()));

        assertThat(m.fcr()).isEqualTo(2);
        assertThat(m.fcrProvisional()).isEqualTo(1);
        assertThat(PeriodMetrics.fcrRate(m).orElseThrow()).isEqualByComparingTo(new BigDecimal(2).divide(new BigDecimal(3), Money.DIVISION));
    }

    @Test
    void meansOfLabourAndCsatCoverOnlyTicketsThatHaveThem() {
        FactMeasures m = FactMeasures.of(facts("SD-1").labour(1200).csat(5).build())
                .plus(FactMeasures.of(facts("SD-2").labour(600).csat(2).build()))
                .plus(FactMeasures.of(facts("SD-3").labour(0).build()));

        PeriodMetrics metrics = PeriodMetrics.of(m, Money.zero(EUR));

        assertThat(metrics.meanLabourSeconds()).isEqualByComparingTo("900");
        assertThat(metrics.meanCsat()).isEqualByComparingTo("3.5");
    }

    @Test
    void aSliceCarriesOverheadByItsShareOfRealResolutions() {
        List<TicketFacts> march = marchExample().subList(0, 3);
        FactMeasures whole = aggregation.total(march);
        NavigableMap<String, FactMeasures> byAgent = new FactAggregation(EUR, BERLIN, null)
                .byDimension(List.of(march.get(0)), Dimension.AGENT);
        FactMeasures slice = byAgent.get("agent-1");

        Money share = PeriodMetrics.overheadShare(eur("300"), slice, whole);

        assertThat(share).isEqualTo(eur("150"));
        // own cost per resolution 30 + period overhead per real resolution 150
        assertThat(PeriodMetrics.fullyLoadedCostPerResolution(slice, share)).contains(eur("180"));
        assertThat(PeriodMetrics.overheadShare(eur("300"), slice, FactMeasures.zero(EUR))).isEqualTo(Money.zero(EUR));
    }

    @Test
    void groupsByPeriodAndDimensionInOrder() {
        List<TicketFacts> facts = List.of(
                facts("SD-1").channel("phone").resolvedAt(Instant.parse("2026-03-10T10:00:00Z")).build(),
                facts("SD-2").channel("email").resolvedAt(Instant.parse("2026-03-02T10:00:00Z")).build(),
                facts("SD-3").channel("phone").resolvedAt(Instant.parse("2026-03-03T10:00:00Z")).build(),
                facts("SD-4").channel(null).resolvedAt(Instant.parse("2026-03-04T10:00:00Z")).build(),
                facts("SD-5").channel("chat").unresolved().build());

        NavigableMap<Period, NavigableMap<String, FactMeasures>> grouped =
                aggregation.byPeriodAndDimension(facts, Granularity.WEEK, Dimension.CHANNEL);

        assertThat(grouped.keySet()).extracting(Period::label).containsExactly("2026-W10", "2026-W11");
        assertThat(grouped.firstEntry().getValue().keySet()).containsExactly("(none)", "email", "phone");
        assertThat(grouped.lastEntry().getValue().keySet()).containsExactly("phone");
        assertThat(aggregation.byDimension(facts, Dimension.CHANNEL).keySet())
                .containsExactly("(none)", "chat", "email", "phone");
    }

    @Test
    void theFilterLimitsEveryGrouping() {
        List<TicketFacts> facts = List.of(
                facts("SD-1").customerTier("Gold").cost(CostCategory.LABOUR, "10").build(),
                facts("SD-2").customerTier("Basic").cost(CostCategory.LABOUR, "20").build(),
                facts("SD-3").customerTier("Gold").supportTier("L2").cost(CostCategory.LABOUR, "40").build());
        FactAggregation gold = new FactAggregation(EUR, BERLIN, DimensionFilter.all().where(Dimension.CUSTOMER_TIER, "Gold"));
        FactAggregation goldL1 = new FactAggregation(EUR, BERLIN, gold.filter().where(Dimension.SUPPORT_TIER, "L1"));

        assertThat(gold.total(facts).totalCost()).isEqualTo(eur("50"));
        assertThat(gold.byPeriod(facts, Granularity.YEAR).firstEntry().getValue().tickets()).isEqualTo(2);
        assertThat(goldL1.byDimension(facts, Dimension.CUSTOMER_TIER)).containsOnlyKeys("Gold");
        assertThat(goldL1.total(facts).totalCost()).isEqualTo(eur("10"));
    }

    @Test
    void theChannelCostGradientListsTheDearestContactFirst() {
        List<TicketFacts> facts = List.of(
                facts("SD-1").channel("phone").cost(CostCategory.LABOUR, "12").cost(CostCategory.CONTACT, "3").contacts(3).build(),
                facts("SD-2").channel("email").cost(CostCategory.LABOUR, "8").contacts(2).build(),
                facts("SD-3").channel("chat").cost(CostCategory.LABOUR, "3").contacts(1).build(),
                facts("SD-4").channel("chat").cost(CostCategory.LABOUR, "3.5").contacts(2).build(),
                facts("SD-5").channel("portal").cost(CostCategory.OVERHEAD, "0.5").contacts(0).build(),
                facts("SD-6").channel("api").cost(CostCategory.LABOUR, "4").contacts(1).build());

        List<ChannelCost> gradient = ChannelCost.gradient(aggregation.byDimension(facts, Dimension.CHANNEL));

        assertThat(gradient).extracting(ChannelCost::channel).containsExactly("phone", "api", "email", "chat", "portal");
        assertThat(gradient.get(0)).isEqualTo(new ChannelCost("phone", 3, eur("15"), eur("5")));
        assertThat(gradient.get(3).costPerContact()).isEqualTo(eur("6.5").dividedBy(3));
        assertThat(gradient.get(4)).isEqualTo(new ChannelCost("portal", 0, eur("0.5"), null));
        assertThat(gradient.get(1).costPerContact()).isEqualTo(gradient.get(2).costPerContact()); // api and email tie at 4: by name
    }
}
