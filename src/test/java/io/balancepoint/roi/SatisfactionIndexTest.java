package io.balancepoint.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SatisfactionIndexTest {

    @ParameterizedTest
    @CsvSource({
            "LINEAR,1,0", "LINEAR,2,25", "LINEAR,3,50", "LINEAR,4,75", "LINEAR,5,100",
            "PERCENT_OF_MAX,1,20", "PERCENT_OF_MAX,2,40", "PERCENT_OF_MAX,3,60", "PERCENT_OF_MAX,4,80", "PERCENT_OF_MAX,5,100",
            "TOP_TWO_BOX,1,0", "TOP_TWO_BOX,2,0", "TOP_TWO_BOX,3,0", "TOP_TWO_BOX,4,100", "TOP_TWO_BOX,5,100"})
    void mapsEachRatingByMethod(SatisfactionMethod method, int csat, int expected) {
        assertThat(SatisfactionIndex.of(csat, method)).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Test
    void rejectsRatingsOutsideOneToFive() {
        assertThatThrownBy(() -> SatisfactionIndex.of(0, SatisfactionMethod.LINEAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SatisfactionIndex.of(6, SatisfactionMethod.LINEAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultThresholdsAreStrict() {
        LoyaltyScale scale = RoiSettings.defaults().loyaltyScale();
        // linear: 5 → 100 loyal; 4 → 75 neutral; 3 → 50 is not below 50, so neutral; 2 → 25 disloyal
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(scale::loyaltyOf))
                .containsExactly(Loyalty.DISLOYAL, Loyalty.DISLOYAL, Loyalty.NEUTRAL, Loyalty.NEUTRAL, Loyalty.LOYAL);
    }

    @Test
    void anIndexEqualToTheLoyalThresholdIsNotLoyal() {
        LoyaltyScale atFour = new LoyaltyScale(SatisfactionMethod.PERCENT_OF_MAX, BigDecimal.valueOf(80), BigDecimal.valueOf(40));
        assertThat(atFour.loyaltyOf(4)).isEqualTo(Loyalty.NEUTRAL); // 80, not above 80
        assertThat(atFour.loyaltyOf(5)).isEqualTo(Loyalty.LOYAL);
        assertThat(atFour.loyaltyOf(2)).isEqualTo(Loyalty.NEUTRAL); // 40, not below 40
        assertThat(atFour.loyaltyOf(1)).isEqualTo(Loyalty.DISLOYAL);
        LoyaltyScale justBelow = new LoyaltyScale(SatisfactionMethod.PERCENT_OF_MAX, new BigDecimal("79.99"), new BigDecimal("40.01"));
        assertThat(justBelow.loyaltyOf(4)).isEqualTo(Loyalty.LOYAL);
        assertThat(justBelow.loyaltyOf(2)).isEqualTo(Loyalty.DISLOYAL);
    }

    @Test
    void theMethodChangesWhoIsLoyal() {
        // the research brief's warning: a 4 is 75 linear, 80 percent-of-max, 100 top-two-box
        BigDecimal loyal = BigDecimal.valueOf(77);
        BigDecimal disloyal = BigDecimal.valueOf(50);
        assertThat(new LoyaltyScale(SatisfactionMethod.LINEAR, loyal, disloyal).loyaltyOf(4)).isEqualTo(Loyalty.NEUTRAL);
        assertThat(new LoyaltyScale(SatisfactionMethod.PERCENT_OF_MAX, loyal, disloyal).loyaltyOf(4)).isEqualTo(Loyalty.LOYAL);
        assertThat(new LoyaltyScale(SatisfactionMethod.TOP_TWO_BOX, loyal, disloyal).loyaltyOf(3)).isEqualTo(Loyalty.DISLOYAL);
    }

    @Property
    void indexStaysWithinZeroToHundredAndNeverFallsAsRatingsRise(@ForAll SatisfactionMethod method,
                                                                  @ForAll @IntRange(min = 1, max = 4) int csat) {
        BigDecimal here = SatisfactionIndex.of(csat, method);
        BigDecimal next = SatisfactionIndex.of(csat + 1, method);
        assertThat(here).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(next).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(next).isGreaterThanOrEqualTo(here);
    }
}
