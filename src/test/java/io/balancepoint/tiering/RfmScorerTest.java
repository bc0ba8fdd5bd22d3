package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScorerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final RfmSettings DEFAULTS = RfmSettings.defaults();

    private static CustomerActivity customer(String key, int daysAgo, int requests, String monetary) {
        return new CustomerActivity(key, AS_OF.minusDays(daysAgo), requests, new BigDecimal(monetary));
    }

    /**
     * SPEC §3 worked example "RFM quintiles", computed by hand with score = 1 + floor(5 × b / 10),
     * b = customers strictly worse on that measure.
     *
     * <pre>
     *      days  req  value    R (b)   F (b)   M (b)   sum  tier
     *  A     2   12   50000    5 (9)   5 (9)   5 (8)   15   Platinum
     *  B     5    6  120000    4 (7)   4 (7)   5 (9)   13   Platinum  (13 is the Platinum boundary)
     *  C     5    3    8000    4 (7)   3 (5)   3 (4)   10   Gold      (ties with B on recency)
     *  D    20    6   30000    4 (6)   4 (7)   4 (6)   12   Gold
     *  E    40    1       0    3 (5)   1 (0)   1 (0)    5   Basic
     *  F    60    2   15000    3 (4)   2 (2)   3 (5)    8   Standard
     *  G    90    4   30000    2 (3)   4 (6)   4 (6)   10   Gold      (ties with D on value)
     *  H   150    2    2000    2 (2)   2 (2)   2 (3)    6   Standard  (6 is the Standard boundary)
     *  I   200    2     500    1 (1)   2 (2)   2 (2)    5   Basic
     *  J   364    1       0    1 (0)   1 (0)   1 (0)    3   Basic     (364 days ago: last day of the window)
     * </pre>
     */
    @Test
    void workedExampleOfTenCustomers() {
        List<CustomerActivity> population = List.of(
                customer("A", 2, 12, "50000"),
                customer("B", 5, 6, "120000"),
                customer("C", 5, 3, "8000"),
                customer("D", 20, 6, "30000"),
                customer("E", 40, 1, "0"),
                customer("F", 60, 2, "15000"),
                customer("G", 90, 4, "30000"),
                customer("H", 150, 2, "2000"),
                customer("I", 200, 2, "500"),
                customer("J", 364, 1, "0"));

        RfmScores scores = RfmScorer.score(population, AS_OF, DEFAULTS);

        assertThat(scores.all()).extracting(RfmScore::customerKey, RfmScore::cell, RfmScore::sum, RfmScore::tier)
                .containsExactly(
                        tuple("A", "5-5-5", 15, "Platinum"),
                        tuple("B", "4-4-5", 13, "Platinum"),
                        tuple("C", "4-3-3", 10, "Gold"),
                        tuple("D", "4-4-4", 12, "Gold"),
                        tuple("E", "3-1-1", 5, "Basic"),
                        tuple("F", "3-2-3", 8, "Standard"),
                        tuple("G", "2-4-4", 10, "Gold"),
                        tuple("H", "2-2-2", 6, "Standard"),
                        tuple("I", "1-2-2", 5, "Basic"),
                        tuple("J", "1-1-1", 3, "Basic"));
        RfmScore b = scores.of("B").orElseThrow();
        assertThat(b.daysSinceLastRequest()).isEqualTo(5);
        assertThat(b.requests()).isEqualTo(6);
        assertThat(b.monetaryValue()).isEqualByComparingTo("120000");
        // the seeds' guidance: the top fifth of customers ends up in the top tier
        assertThat(scores.all()).filteredOn(s -> s.tier().equals("Platinum")).hasSize(2);
    }

    @Test
    void onlyCustomersWhoseLastRequestIsInsideTheWindowAreScored() {
        List<CustomerActivity> population = List.of(
                customer("today", 0, 1, "1"),
                customer("lastDay", 364, 1, "1"),
                customer("tooOld", 365, 1, "1"),
                new CustomerActivity("future", AS_OF.plusDays(1), 1, BigDecimal.ONE));

        RfmScores scores = RfmScorer.score(population, AS_OF, DEFAULTS);

        assertThat(scores.byCustomer().keySet()).containsExactly("lastDay", "today");
        assertThat(scores.of("tooOld")).isEmpty();
        assertThat(scores.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void aSingleCustomerHasNobodyToBeatAndScoresOneThroughout() {
        RfmScores scores = RfmScorer.score(List.of(customer("only", 0, 40, "1000000")), AS_OF, DEFAULTS);

        assertThat(scores.of("only").orElseThrow().cell()).isEqualTo("1-1-1");
        assertThat(scores.of("only").orElseThrow().tier()).isEqualTo("Basic");
    }

    @Test
    void smallPopulationsUseTheSameRankFormula() {
        // n = 2: the better scores 1 + floor(5 × 1 / 2) = 3; n = 3: 1, 2, 4
        RfmScores two = RfmScorer.score(List.of(customer("x", 1, 2, "20"), customer("y", 2, 1, "10")), AS_OF, DEFAULTS);
        assertThat(two.of("x").orElseThrow().cell()).isEqualTo("3-3-3");
        assertThat(two.of("y").orElseThrow().cell()).isEqualTo("1-1-1");

        RfmScores three = RfmScorer.score(List.of(customer("a", 1, 3, "30"), customer("b", 2, 2, "20"),
                customer("c", 3, 1, "10")), AS_OF, DEFAULTS);
        assertThat(three.all()).extracting(RfmScore::cell).containsExactly("4-4-4", "2-2-2", "1-1-1");
    }

    @Test
    void tiedCustomersShareTheLowestPositionOfTheirGroup() {
        // everyone equal: nobody is strictly better than anyone, so everyone scores 1
        RfmScores allEqual = RfmScorer.score(List.of(customer("a", 7, 1, "0"), customer("b", 7, 1, "0"),
                customer("c", 7, 1, "0"), customer("d", 7, 1, "0"), customer("e", 7, 1, "0")), AS_OF, DEFAULTS);
        assertThat(allEqual.all()).extracting(RfmScore::cell).containsOnly("1-1-1");

        // 100 and 100.00 are the same value even though BigDecimal.equals says otherwise
        RfmScores scales = RfmScorer.score(List.of(customer("a", 1, 1, "100"), customer("b", 1, 1, "100.00"),
                customer("c", 1, 1, "5")), AS_OF, DEFAULTS);
        assertThat(scales.of("a").orElseThrow().monetary()).isEqualTo(scales.of("b").orElseThrow().monetary()).isEqualTo(2);
    }

    @Test
    void emptyPopulationGivesNoScores() {
        assertThat(RfmScorer.score(List.of(), AS_OF, DEFAULTS).all()).isEmpty();
    }

    @Test
    void aCustomerListedTwiceIsRejected() {
        assertThatThrownBy(() -> RfmScorer.score(List.of(customer("a", 1, 1, "1"), customer("a", 2, 1, "1")), AS_OF, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a appears twice");
    }

    @Test
    void thresholdsMapEverySumToATier() {
        assertThat(DEFAULTS.tierFor(15)).contains("Platinum");
        assertThat(DEFAULTS.tierFor(13)).contains("Platinum");
        assertThat(DEFAULTS.tierFor(12)).contains("Gold");
        assertThat(DEFAULTS.tierFor(10)).contains("Gold");
        assertThat(DEFAULTS.tierFor(9)).contains("Standard");
        assertThat(DEFAULTS.tierFor(6)).contains("Standard");
        assertThat(DEFAULTS.tierFor(5)).contains("Basic");
        assertThat(DEFAULTS.tierFor(3)).contains("Basic");
    }

    @Test
    void activityNeedsAtLeastOneRequest() {
        assertThatThrownBy(() -> customer("a", 1, 0, "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
