package io.balancepoint.tiering;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Where the latest RFM scores are kept (the store in production; a map in tests). */
public interface RfmScoreSource {

    /**
     * The latest scores restricted to one customer: their own score with the date of the scoring run
     * that gave it, or no score (and a null date) when the run did not score them or no run has
     * happened. A null {@code customerKey} has no score.
     */
    RfmScores scoresOf(String customerKey);

    /**
     * {@link #scoresOf} of each non-null key of {@code customerKeys}, by key; a store answers many
     * customers in one read.
     */
    default Map<String, RfmScores> scoresOfAll(Collection<String> customerKeys) {
        Map<String, RfmScores> scores = new HashMap<>();
        for (String key : customerKeys) {
            if (key != null) {
                scores.computeIfAbsent(key, this::scoresOf);
            }
        }
        return scores;
    }
}
