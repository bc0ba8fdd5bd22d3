package io.balancepoint.metrics;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * The handle-time anomaly settings section (SPEC §2).
 *
 * @param k                 a ticket is flagged when its logged work exceeds k × the baseline mean; at least 1
 * @param windowDays        the trailing window of the baseline, in days (1–3650): on the dashboards and the issue panel the
 *                          whole days in the instance zone ending with the day asked about ({@link HandleTimeAnomalies.Window#days})
 * @param minimumSampleSize the fewest other tickets of the request type the baseline needs before anything is flagged;
 *                          below it a mean is too noisy to call anything unusual (at least 1)
 */
public record AnomalySettings(BigDecimal k, Integer windowDays, Integer minimumSampleSize) {

    /** Largest accepted window: about ten years. */
    public static final int MAX_WINDOW_DAYS = 3650;

    /** SPEC defaults: k = 2 over 90 days; a baseline of at least 5 other tickets. */
    public static AnomalySettings defaults() {
        return new AnomalySettings(BigDecimal.valueOf(2), 90, 5);
    }

    /** Reports every problem of this section, with field paths relative to it. */
    public void validate(Problems problems) {
        if (problems.required(k, "k") && k.compareTo(BigDecimal.ONE) < 0) {
            problems.add("k", "must be at least 1");
        }
        if (problems.required(windowDays, "windowDays") && (windowDays < 1 || windowDays > MAX_WINDOW_DAYS)) {
            problems.add("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS);
        }
        if (problems.required(minimumSampleSize, "minimumSampleSize") && minimumSampleSize < 1) {
            problems.add("minimumSampleSize", "must be at least 1");
        }
    }
}
