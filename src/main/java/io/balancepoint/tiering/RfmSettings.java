package io.balancepoint.tiering;

import io.balancepoint.validation.Copies;
import io.balancepoint.time.DateRange;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * RFM scoring: the look-back window, the monetary source and the thresholds that map an RFM sum
 * (3–15) to a tier.
 *
 * @param lookbackDays how many days, ending on the scoring date, count as recent activity
 * @param thresholds   highest first; the first whose {@code minScore} the sum reaches decides the
 *                     tier. The last one must start at 3 so that every sum has a tier.
 */
public record RfmSettings(boolean enabled, int lookbackDays, MonetarySource monetary, List<RfmThreshold> thresholds) {

    public static final int MIN_SUM = 3;
    public static final int MAX_SUM = 15;
    static final int MAX_LOOKBACK_DAYS = 3660;

    public RfmSettings {
        thresholds = Copies.list(thresholds);
    }

    /** SPEC §3: on, 365 days, ≥13 Platinum, ≥10 Gold, ≥6 Standard, else Basic; monetary from the admin's customer values. */
    public static RfmSettings defaults() {
        return new RfmSettings(true, 365, MonetarySource.customerValues(List.of()), List.of(
                new RfmThreshold(13, "Platinum"),
                new RfmThreshold(10, "Gold"),
                new RfmThreshold(6, "Standard"),
                new RfmThreshold(MIN_SUM, "Basic")));
    }

    /** The {@link #lookbackDays()} days ending on (and including) {@code asOf}. */
    public DateRange window(LocalDate asOf) {
        return new DateRange(asOf.minusDays(lookbackDays - 1L), asOf.plusDays(1));
    }

    /** The tier of an RFM sum under these thresholds; empty only when the thresholds are invalid. */
    public Optional<String> tierFor(int sum) {
        return thresholds.stream().filter(t -> sum >= t.minScore()).map(RfmThreshold::tier).findFirst();
    }

    /** Reports every problem, with paths relative to this section; {@code tiers} are the configured tiers, low to high. */
    public void validate(Problems problems, List<String> tiers) {
        if (lookbackDays < 1 || lookbackDays > MAX_LOOKBACK_DAYS) {
            problems.add("lookbackDays", "must be between 1 and " + MAX_LOOKBACK_DAYS);
        }
        if (problems.required(monetary, "monetary")) {
            monetary.validate(problems.at("monetary"));
        }
        validateThresholds(problems, tiers);
    }

    private void validateThresholds(Problems problems, List<String> tiers) {
        if (thresholds.isEmpty()) {
            problems.add("thresholds", "must contain at least one threshold");
            return;
        }
        RfmThreshold previous = null;
        int previousIndex = -1;
        for (int i = 0; i < thresholds.size(); i++) {
            RfmThreshold threshold = thresholds.get(i);
            Problems at = problems.at("thresholds").at(i);
            if (threshold == null) {
                at.add("must not be null");
                continue;
            }
            if (threshold.minScore() < MIN_SUM || threshold.minScore() > MAX_SUM) {
                at.add("minScore", "must be between " + MIN_SUM + " and " + MAX_SUM);
            }
            TierNames.checkReference(at, "tier", threshold.tier(), tiers);
            if (previous != null) {
                String before = "thresholds[" + previousIndex + "]";
                if (threshold.minScore() >= previous.minScore()) {
                    at.add("minScore", "must be lower than " + before + ".minScore (" + previous.minScore()
                            + "): list thresholds from the highest score to the lowest");
                }
                int rank = tiers.indexOf(threshold.tier());
                int previousRank = tiers.indexOf(previous.tier());
                if (rank >= 0 && previousRank >= 0 && rank >= previousRank) {
                    at.add("tier", "must be a lower tier than " + before + ".tier (" + previous.tier() + ")");
                }
            }
            previous = threshold;
            previousIndex = i;
        }
        if (previous != null && previous.minScore() != MIN_SUM) {
            problems.add("thresholds", "the last threshold must have minScore " + MIN_SUM + " so that every RFM sum maps to a tier");
        }
    }
}
