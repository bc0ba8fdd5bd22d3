package io.balancepoint.tiering;

import io.balancepoint.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a population of customers by RFM (SPEC §3, research §3.7): Recency, Frequency and
 * Monetary each 1–5 by {@link Quintiles quintile} of the population, recency inverted (fewer days
 * since the last request scores higher); the sum 3–15 maps to a tier through the thresholds.
 * Monetary values compare by numeric value ({@code compareTo}), so 100 and 100.00 tie.
 */
public final class RfmScorer {

    private RfmScorer() {
    }

    /**
     * Scores the customers whose latest request lies in the look-back window ending on
     * {@code asOf}; others are not part of the population and get no score.
     *
     * @param settings valid RFM settings
     * @throws IllegalArgumentException when a customer appears twice
     */
    public static RfmScores score(List<CustomerActivity> population, LocalDate asOf, RfmSettings settings) {
        DateRange window = settings.window(asOf);
        List<CustomerActivity> active = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CustomerActivity activity : population) {
            if (!seen.add(activity.customerKey())) {
                throw new IllegalArgumentException("customer " + activity.customerKey() + " appears twice in the RFM population");
            }
            if (window.contains(activity.lastRequest())) {
                active.add(activity);
            }
        }
        // Recency is scored on negated day counts so that "higher is better" holds for all three measures.
        int[] recency = Quintiles.scores(active.stream()
                .map(a -> -ChronoUnit.DAYS.between(a.lastRequest(), asOf)).toList());
        int[] frequency = Quintiles.scores(active.stream().map(CustomerActivity::requests).toList());
        int[] monetary = Quintiles.scores(active.stream().map(CustomerActivity::monetary).toList());

        TreeMap<String, RfmScore> scores = new TreeMap<>();
        for (int i = 0; i < active.size(); i++) {
            CustomerActivity a = active.get(i);
            int sum = recency[i] + frequency[i] + monetary[i];
            String tier = settings.tierFor(sum).orElseThrow(
                    () -> new IllegalArgumentException("RFM thresholds do not cover the sum " + sum));
            scores.put(a.customerKey(), new RfmScore(a.customerKey(), ChronoUnit.DAYS.between(a.lastRequest(), asOf),
                    a.requests(), a.monetary(), recency[i], frequency[i], monetary[i], tier));
        }
        return new RfmScores(asOf, scores);
    }
}
