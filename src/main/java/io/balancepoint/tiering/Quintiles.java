package io.balancepoint.tiering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rank-based quintile scores, 1 (lowest fifth) to 5 (highest fifth).
 *
 * <p>For a population of n values, a value's score is {@code 1 + floor(5 × b / n)}, where b is the
 * number of values strictly below it. Equal values therefore share one score, the score of the
 * lowest position they occupy: a customer moves into a higher fifth only by beating others, never
 * by tying with them (a long tail of one-request customers all scores 1). Equivalently, score q
 * means at least (q − 1) × 20 % and fewer than q × 20 % of the population is strictly below.
 * Consequences worth knowing: the lowest value always scores 1; a population where everyone is
 * equal scores 1 throughout; fewer than five customers cannot fill every fifth (with n = 1 the only
 * customer scores 1, with n = 2 the better one scores 3).
 */
final class Quintiles {

    private Quintiles() {
    }

    /** The score of each value, in the order given; higher values score higher. */
    static <T extends Comparable<? super T>> int[] scores(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = values.size();
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            long below = countBelow(sorted, values.get(i));
            scores[i] = 1 + (int) (5 * below / n);
        }
        return scores;
    }

    /** Number of elements of ascending {@code sorted} strictly below {@code value} (binary search for its lower bound). */
    private static <T extends Comparable<? super T>> int countBelow(List<T> sorted, T value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).compareTo(value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
