package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class QuintilesProperties {

    @Property
    void scoresAreOneToFiveAndFollowTheOrderOfValues(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 20) Integer> values) {
        int[] scores = Quintiles.scores(values);
        for (int i = 0; i < values.size(); i++) {
            assertThat(scores[i]).isBetween(1, 5);
            for (int j = 0; j < values.size(); j++) {
                int order = Integer.compare(values.get(i), values.get(j));
                if (order == 0) {
                    assertThat(scores[i]).isEqualTo(scores[j]);
                } else if (order > 0) {
                    assertThat(scores[i]).isGreaterThanOrEqualTo(scores[j]);
                }
            }
        }
    }

    @Property
    void theLowestValueScoresOne(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = -5, max = 5) Integer> values) {
        int[] scores = Quintiles.scores(values);
        int lowest = values.indexOf(values.stream().min(Integer::compare).orElseThrow());
        assertThat(scores[lowest]).isEqualTo(1);
    }

    @Property
    void distinctValuesFillEachFifthEquallyWhenTheCountIsAMultipleOfFive(
            @ForAll @IntRange(min = 1, max = 12) int fifths,
            @ForAll @UniqueElements @Size(60) List<@IntRange(min = 0, max = 10_000) Integer> pool) {
        List<Integer> values = pool.subList(0, fifths * 5);
        int[] scores = Quintiles.scores(values);
        for (int q = 1; q <= 5; q++) {
            int score = q;
            assertThat(Arrays.stream(scores).filter(s -> s == score).count()).isEqualTo(fifths);
        }
    }
}
