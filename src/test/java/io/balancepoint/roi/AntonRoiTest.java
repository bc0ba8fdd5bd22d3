package io.balancepoint.roi;

import static io.balancepoint.roi.RoiTestData.cents;
import static io.balancepoint.roi.RoiTestData.tier;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntonRoiTest {

    private static final RoiSettings SETTINGS = RoiTestData.settings("0.10", tier("Gold", "1000", 5), tier("Basic", "200", 2));

    private static CustomerRating rating(String customer, String tier, int csat, String day, String issue) {
        return new CustomerRating(customer, tier, csat, Instant.parse("2026-03-" + day + "T12:00:00Z"), issue);
    }

    /**
     * Worked by hand. CLV(Gold) = 1000 × (1.1^5 − 1) ÷ (0.1 × 1.1^5) = 3790.7868;
     * CLV(Basic) = 200 × (1.1^2 − 1) ÷ (0.1 × 1.1^2) = 200 × 0.21 ÷ 0.121 = 347.1074.
     * Latest ratings (linear): g1 5 → 100 loyal (an earlier 2 does not count); g2 1 → 0 disloyal
     * (an earlier 5 does not count); g3 3 → 50, not below 50: neutral; b1, b2 5 → loyal;
     * b3 2 → 25 disloyal; b4 4 → 75 neutral; p1 (Platinum, no value) 5 → loyal but worth 0;
     * n1 (no tier) 1 → disloyal, worth 0.
     * Gain = 3790.7868 + 2 × 347.1074 = 4485.0016; loss = 3790.7868 + 347.1074 = 4137.8942;
     * net = 347.1074; ROI = (347.1074 − 100) ÷ 100 × 100 = 247.11 %.
     */
    @Test
    void handWorkedMonthWithTwoTiersAndBoundaryRatings() {
        List<CustomerRating> ratings = List.of(
                rating("g1", "Gold", 2, "02", "SD-1"), rating("g1", "Gold", 5, "20", "SD-2"),
                rating("g2", "Gold", 5, "03", "SD-3"), rating("g2", "Gold", 1, "21", "SD-4"),
                rating("g3", "Gold", 3, "05", "SD-5"),
                rating("b1", "Basic", 5, "06", "SD-6"), rating("b2", "Basic", 5, "07", "SD-7"),
                rating("b3", "Basic", 2, "08", "SD-8"), rating("b4", "Basic", 4, "09", "SD-9"),
                rating("p1", "Platinum", 5, "10", "SD-10"), rating("n1", null, 1, "11", "SD-11"));

        AntonRoiResult result = AntonRoi.compute(ratings, Money.of("100", "EUR"), SETTINGS);

        assertThat(result.ratings()).isEqualTo(11);
        assertThat(result.ratedCustomers()).isEqualTo(9);
        assertThat(result.loyalCustomers()).isEqualTo(4);
        assertThat(result.disloyalCustomers()).isEqualTo(3);
        assertThat(result.tiers()).extracting(AntonRoiResult.TierOutcome::tier).containsExactly("Gold", "Basic", "Platinum", null);

        AntonRoiResult.TierOutcome gold = result.tiers().get(0);
        assertThat(gold.valued()).isTrue();
        assertThat(gold.yearlyProfit()).isEqualTo(Money.of("1000", "EUR"));
        assertThat(gold.loyaltyYears()).isEqualTo(5);
        assertThat(gold.clv().rounded()).isEqualTo(new BigDecimal("3790.79"));
        assertThat(List.of(gold.ratedCustomers(), gold.loyalCustomers(), gold.neutralCustomers(), gold.disloyalCustomers()))
                .containsExactly(3, 1, 1, 1);

        AntonRoiResult.TierOutcome basic = result.tiers().get(1);
        assertThat(basic.clv().rounded()).isEqualTo(new BigDecimal("347.11"));
        assertThat(List.of(basic.ratedCustomers(), basic.loyalCustomers(), basic.neutralCustomers(), basic.disloyalCustomers()))
                .containsExactly(4, 2, 1, 1);
        assertThat(basic.gain().rounded()).isEqualTo(new BigDecimal("694.21"));

        AntonRoiResult.TierOutcome platinum = result.tiers().get(2);
        assertThat(platinum.valued()).isFalse();
        assertThat(platinum.yearlyProfit()).isNull();
        assertThat(platinum.loyalCustomers()).isEqualTo(1);
        assertThat(platinum.gain().isZero()).isTrue();
        assertThat(result.tiers().get(3).disloyalCustomers()).isEqualTo(1);

        assertThat(result.gain().rounded()).isEqualTo(new BigDecimal("4485.00"));
        assertThat(result.loss().rounded()).isEqualTo(new BigDecimal("4137.89"));
        assertThat(result.net()).isEqualTo(basic.clv());
        assertThat(result.cost()).isEqualTo(Money.of("100", "EUR"));
        assertThat(cents(result.roiPercent())).isEqualTo(new BigDecimal("247.11"));
        assertThat(result.discountRate()).isEqualByComparingTo("0.10");
        assertThat(result.loyalThreshold()).isEqualByComparingTo("85");
    }

    @Test
    void configuredTiersWithoutRatingsStillShowAndNothingRatedMeansMinusHundredPercent() {
        AntonRoiResult result = AntonRoi.compute(List.of(), Money.of("250", "EUR"), SETTINGS);
        assertThat(result.tiers()).extracting(AntonRoiResult.TierOutcome::tier).containsExactly("Gold", "Basic");
        assertThat(result.net().isZero()).isTrue();
        assertThat(result.roiPercent()).isEqualByComparingTo("-100");
    }

    @Test
    void zeroCostLeavesTheRoiUndefinedInsteadOfFailing() {
        AntonRoiResult result = AntonRoi.compute(List.of(rating("g1", "Gold", 5, "02", "SD-1")), Money.zero(RoiTestData.EUR), SETTINGS);
        assertThat(result.roiPercent()).isNull();
        assertThat(result.net().rounded()).isEqualTo(new BigDecimal("3790.79"));
    }

    @Test
    void ratingsAtTheSameInstantAreSettledByIssueKey() {
        List<CustomerRating> ratings = List.of(rating("g1", "Gold", 1, "02", "SD-2"), rating("g1", "Gold", 5, "02", "SD-1"));
        AntonRoiResult result = AntonRoi.compute(ratings, Money.of("1", "EUR"), SETTINGS);
        assertThat(result.disloyalCustomers()).isEqualTo(1);
        assertThat(result.loyalCustomers()).isZero();
    }

    @Test
    void aCustomerCountsInTheTierOfTheirLatestRating() {
        List<CustomerRating> ratings = List.of(rating("c", "Basic", 5, "02", "SD-1"), rating("c", "Gold", 5, "09", "SD-2"));
        AntonRoiResult result = AntonRoi.compute(ratings, Money.of("1", "EUR"), SETTINGS);
        assertThat(result.tiers().get(0).loyalCustomers()).isEqualTo(1);
        assertThat(result.tiers().get(1).ratedCustomers()).isZero();
    }

    @Test
    void ratingsFromFactsUseTheResolutionTimeAndSkipUnratedOrAnonymousTickets() {
        List<CustomerRating> ratings = CustomerRating.fromFacts(List.of(
                FactsBuilder.ticket("SD-1").customer("c1").tier("Gold").csat(4).resolved("2026-03-05T10:00:00Z").build(),
                FactsBuilder.ticket("SD-2").customer("c1").tier("Gold").csat(null).build(),
                FactsBuilder.ticket("SD-3").customer(null).csat(5).build(),
                FactsBuilder.ticket("SD-4").customer("c2").csat(2).created("2026-03-01T08:00:00Z").resolved(null).build()));
        assertThat(ratings).containsExactly(
                new CustomerRating("c1", "Gold", 4, Instant.parse("2026-03-05T10:00:00Z"), "SD-1"),
                new CustomerRating("c2", null, 2, Instant.parse("2026-03-01T08:00:00Z"), "SD-4"));
    }
}
