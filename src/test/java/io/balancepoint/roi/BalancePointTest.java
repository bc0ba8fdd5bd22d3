package io.balancepoint.roi;

import static io.balancepoint.roi.FactsBuilder.ticket;
import static io.balancepoint.roi.RoiTestData.EUR;
import static io.balancepoint.roi.RoiTestData.tier;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BalancePointTest {

    /** Undiscounted: Gold CLV = 100 × 10 = 1000, Basic CLV = 10 × 1 = 10. */
    private static final RoiSettings SETTINGS = RoiTestData.settings("0", tier("Gold", "100", 10), tier("Basic", "10", 1));

    private int counter;

    private List<TicketFacts> pair(String tier, int cost, Integer csatA, Integer csatB) {
        return List.of(gold(tier, cost, csatA), gold(tier, cost, csatB));
    }

    private TicketFacts gold(String tier, int cost, Integer csat) {
        counter++;
        return ticket(String.format("SD-%03d", counter)).tier(tier).customer("c" + counter).cost(String.valueOf(cost)).csat(csat).build();
    }

    /**
     * 20 Gold tickets, two per decile, 500 apart in cost. Benefits (CLV 1000 × (loyal − disloyal) ÷ rated):
     * d1 −1000, d2 0, d3 500, d4 1000, d5 1000, d6 unrated, d7 0, d8–d10 1000.
     * Ratios: d1→d2 2, d2→d3 1, d3→d4 1 (not below 1), d4→d5 0 → balance point is decile 4 (mean cost 1600).
     */
    private List<TicketFacts> crafted() {
        List<TicketFacts> tickets = new ArrayList<>();
        tickets.addAll(pair("Gold", 100, 1, 1));
        tickets.addAll(pair("Gold", 600, 5, 1));
        tickets.addAll(pair("Gold", 1100, 5, 3));
        tickets.addAll(pair("Gold", 1600, 5, 5));
        tickets.addAll(pair("Gold", 2100, 5, 5));
        tickets.addAll(pair("Gold", 2600, null, null));
        tickets.addAll(pair("Gold", 3100, 5, 1));
        tickets.addAll(pair("Gold", 3600, 5, 5));
        tickets.addAll(pair("Gold", 4100, 5, 5));
        tickets.addAll(pair("Gold", 4600, 5, 5));
        return tickets;
    }

    @Test
    void findsTheBalancePointOfACraftedCurve() {
        List<TicketFacts> tickets = new ArrayList<>(crafted());
        Collections.reverse(tickets); // input order must not matter
        BalancePointResult.Curve curve = BalancePoint.analyse(tickets, SETTINGS, EUR).overall();

        assertThat(curve.overall()).isTrue();
        assertThat(curve.tickets()).isEqualTo(20);
        assertThat(curve.deciles()).extracting(BalancePointResult.Decile::decile).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(curve.deciles()).extracting(d -> d.benefit() == null ? null : d.benefit().amount().intValueExact())
                .containsExactly(-1000, 0, 500, 1000, 1000, null, 0, 1000, 1000, 1000);
        assertThat(curve.deciles()).extracting(d -> d.marginalBenefitPerCost() == null ? null : d.marginalBenefitPerCost().intValueExact())
                .containsExactly(2, 1, 1, 0, -1, null, 2, 0, 0, null);
        assertThat(curve.balancePointDecile()).isEqualTo(4);
        assertThat(curve.balancePointMeanCost()).isEqualTo(Money.of("1600", "EUR"));

        BalancePointResult.Decile third = curve.deciles().get(2);
        assertThat(third.tickets()).isEqualTo(2);
        assertThat(third.meanCost()).isEqualTo(Money.of("1100", "EUR"));
        assertThat(third.minCost()).isEqualTo(Money.of("1100", "EUR"));
        assertThat(third.ratedTickets()).isEqualTo(2);
        assertThat(third.meanSatisfactionIndex()).isEqualByComparingTo("75"); // (100 + 50) ÷ 2
        assertThat(third.loyalPercent()).isEqualByComparingTo("50");
        assertThat(third.disloyalPercent()).isEqualByComparingTo("0");
        assertThat(third.meanClv()).isEqualTo(Money.of("1000", "EUR"));
        BalancePointResult.Decile unrated = curve.deciles().get(5);
        assertThat(unrated.ratedTickets()).isZero();
        assertThat(unrated.meanSatisfactionIndex()).isNull();
        assertThat(unrated.meanCost()).isEqualTo(Money.of("2600", "EUR"));
    }

    @Test
    void aStepWithoutExtraCostIsNeverTheBalancePoint() {
        // d2 and d3 cost the same; benefit drops from d2 to d3, but there is no extra spending to judge
        List<TicketFacts> tickets = List.of(gold("Gold", 100, 1), gold("Gold", 200, 5), gold("Gold", 200, 1),
                gold("Gold", 300, 5), gold("Gold", 400, 5), gold("Gold", 500, 5), gold("Gold", 600, 5),
                gold("Gold", 700, 5), gold("Gold", 800, 5), gold("Gold", 900, 5));
        BalancePointResult.Curve curve = BalancePoint.analyse(tickets, SETTINGS, EUR).overall();
        // ordered by cost then key: d2 is the rating 5 (created first), d3 the rating 1
        assertThat(curve.deciles().get(1).marginalBenefitPerCost()).isNull();
        assertThat(curve.deciles().get(2).marginalBenefitPerCost()).isEqualByComparingTo("20"); // (1000 + 1000) ÷ 100
        assertThat(curve.balancePointDecile()).isEqualTo(4);
    }

    @Test
    void eachTierGetsItsOwnCurve() {
        List<TicketFacts> tickets = new ArrayList<>(crafted());
        // Basic: every ticket loyal, so the first extra spend already buys nothing
        IntStream.rangeClosed(1, 10).forEach(cost -> tickets.add(gold("Basic", cost, 5)));
        tickets.add(gold(null, 50, 5));
        BalancePointResult result = BalancePoint.analyse(tickets, SETTINGS, EUR);

        assertThat(result.byTier()).extracting(BalancePointResult.Curve::tier).containsExactly("Gold", "Basic", null);
        assertThat(result.byTier()).extracting(BalancePointResult.Curve::overall).containsOnly(false);
        BalancePointResult.Curve gold = result.byTier().get(0);
        assertThat(gold.balancePointDecile()).isEqualTo(4);
        BalancePointResult.Curve basic = result.byTier().get(1);
        assertThat(basic.deciles()).allSatisfy(d -> assertThat(d.benefit()).isEqualTo(Money.of("10", "EUR")));
        assertThat(basic.balancePointDecile()).isEqualTo(1);
        assertThat(basic.balancePointMeanCost()).isEqualTo(Money.of("1", "EUR"));
        BalancePointResult.Curve untiered = result.byTier().get(2);
        assertThat(untiered.deciles()).singleElement().satisfies(d -> {
            assertThat(d.decile()).isEqualTo(10);
            assertThat(d.meanClv().isZero()).isTrue();
        });
        assertThat(untiered.balancePointDecile()).isNull();
        assertThat(result.overall().tickets()).isEqualTo(31);
        assertThat(result.overall().deciles()).extracting(BalancePointResult.Decile::tickets).containsExactly(3, 3, 3, 3, 3, 3, 3, 3, 3, 4);
        assertThat(result.satisfactionMethod()).isEqualTo(SatisfactionMethod.LINEAR);
    }

    @Test
    void fewerThanTenTicketsKeepTheirDecileNumbers() {
        List<TicketFacts> three = List.of(gold("Gold", 3, 5), gold("Gold", 1, 1), gold("Gold", 2, 3));
        BalancePointResult.Curve curve = BalancePoint.analyse(three, SETTINGS, EUR).overall();
        assertThat(curve.deciles()).extracting(BalancePointResult.Decile::decile).containsExactly(4, 7, 10);
        assertThat(curve.deciles()).extracting(d -> d.meanCost().amount().intValueExact()).containsExactly(1, 2, 3);
    }

    @Test
    void unevenCountsSpreadOneExtraTicketAtATime() {
        assertThat(IntStream.range(0, 10).map(d -> BalancePoint.decileStart(d + 1, 15) - BalancePoint.decileStart(d, 15)))
                .containsExactly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
    }

    @Test
    void noTicketsNoCurveAndUnresolvedTicketsAreIgnored() {
        TicketFacts open = ticket("SD-OPEN").tier("Gold").cost("5").csat(5).resolved(null).build();
        BalancePointResult result = BalancePoint.analyse(List.of(open), SETTINGS, EUR);
        assertThat(result.overall().tickets()).isZero();
        assertThat(result.overall().deciles()).isEmpty();
        assertThat(result.overall().balancePointDecile()).isNull();
        assertThat(result.byTier()).isEmpty();
    }

    @Property
    void decileCountsSumToTheTicketsAndDifferByAtMostOne(@ForAll @IntRange(min = 0, max = 250) int n) {
        List<TicketFacts> tickets = IntStream.range(0, n)
                .mapToObj(i -> ticket(String.format("P-%04d", i)).tier("Gold").cost(String.valueOf(i % 17)).csat(1 + i % 5).build())
                .toList();
        List<BalancePointResult.Decile> deciles = BalancePoint.analyse(tickets, SETTINGS, EUR).overall().deciles();
        assertThat(deciles.stream().mapToInt(BalancePointResult.Decile::tickets).sum()).isEqualTo(n);
        assertThat(deciles).hasSize(Math.min(n, 10));
        IntSummary sizes = IntSummary.of(deciles);
        assertThat(sizes.max - sizes.min).isLessThanOrEqualTo(1);
        if (!deciles.isEmpty()) {
            assertThat(deciles.get(deciles.size() - 1).decile()).isEqualTo(10);
        }
        for (int i = 1; i < deciles.size(); i++) {
            assertThat(deciles.get(i).minCost()).isGreaterThanOrEqualTo(deciles.get(i - 1).maxCost());
        }
    }

    private record IntSummary(int min, int max) {
        static IntSummary of(List<BalancePointResult.Decile> deciles) {
            var stats = deciles.stream().mapToInt(BalancePointResult.Decile::tickets).summaryStatistics();
            return deciles.isEmpty() ? new IntSummary(0, 0) : new IntSummary(stats.getMin(), stats.getMax());
        }
    }
}
