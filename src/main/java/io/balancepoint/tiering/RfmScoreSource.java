package io.balancepoint.tiering;

/** Where the latest RFM scores are kept (the store in production; a map in tests). */
public interface RfmScoreSource {

    /**
     * The latest scores restricted to one customer: their own score with the date of the scoring run
     * that gave it, or no score (and a null date) when the run did not score them or no run has
     * happened. A null {@code customerKey} has no score.
     */
    RfmScores scoresOf(String customerKey);
}
