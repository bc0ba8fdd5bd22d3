package io.balancepoint.staffing;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * One staffing what-if: the demand of an interval and the service target. Amounts are in the
 * base currency (the caller passes the currency to {@link ErlangC#of}), so the record binds from
 * JSON and every missing field is reported by {@link #validate} instead of failing on binding.
 *
 * @param arrivalsPerInterval  contacts arriving in one interval (may be fractional: a forecast)
 * @param interval             the interval length, e.g. {@code PT30M}
 * @param averageHandleSeconds AHT: talk + hold + wrap-up per contact
 * @param targetAnswerSeconds  t of "x % answered within t seconds"
 * @param targetServiceLevel   x as a fraction, greater than 0 and less than 1 (0.80 = 80 %)
 * @param shrinkage            share of paid time not available for contacts, 0 ≤ s &lt; 1 (0.30 = 30 %)
 * @param agentHourlyCost      fully loaded cost of a scheduled agent hour
 */
public record StaffingScenario(BigDecimal arrivalsPerInterval, Duration interval, BigDecimal averageHandleSeconds,
                               BigDecimal targetAnswerSeconds, BigDecimal targetServiceLevel, BigDecimal shrinkage,
                               BigDecimal agentHourlyCost) {

    /** The largest offered load accepted (Erlangs); the agent search is linear in it. */
    public static final double MAX_TRAFFIC_INTENSITY = 100_000;

    public void validate(Problems problems) {
        boolean loadKnown = true;
        if (problems.required(arrivalsPerInterval, "arrivalsPerInterval") && arrivalsPerInterval.signum() < 0) {
            problems.add("arrivalsPerInterval", "must not be negative");
            loadKnown = false;
        }
        if (problems.required(interval, "interval") && (interval.isNegative() || interval.isZero())) {
            problems.add("interval", "must be longer than zero");
            loadKnown = false;
        }
        if (problems.required(averageHandleSeconds, "averageHandleSeconds") && averageHandleSeconds.signum() <= 0) {
            problems.add("averageHandleSeconds", "must be greater than 0");
            loadKnown = false;
        }
        loadKnown &= arrivalsPerInterval != null && interval != null && averageHandleSeconds != null;
        if (problems.required(targetAnswerSeconds, "targetAnswerSeconds") && targetAnswerSeconds.signum() < 0) {
            problems.add("targetAnswerSeconds", "must not be negative");
        }
        if (problems.required(targetServiceLevel, "targetServiceLevel")
                && (targetServiceLevel.signum() <= 0 || targetServiceLevel.compareTo(BigDecimal.ONE) >= 0)) {
            problems.add("targetServiceLevel", "must be greater than 0 and less than 1 (a fraction: 0.80 = 80 %)");
        }
        if (problems.required(shrinkage, "shrinkage") && (shrinkage.signum() < 0 || shrinkage.compareTo(BigDecimal.ONE) >= 0)) {
            problems.add("shrinkage", "must be at least 0 and less than 1 (a fraction: 0.30 = 30 %)");
        }
        if (problems.required(agentHourlyCost, "agentHourlyCost") && agentHourlyCost.signum() < 0) {
            problems.add("agentHourlyCost", "must not be negative");
        }
        if (loadKnown && trafficIntensity() > MAX_TRAFFIC_INTENSITY) {
            problems.add("arrivalsPerInterval", "gives an offered load above " + (long) MAX_TRAFFIC_INTENSITY
                    + " Erlangs (arrivals × AHT ÷ interval); split the demand");
        }
    }

    /** Offered load A = arrivals × AHT ÷ interval length, in Erlangs; requires the three to be present. */
    public double trafficIntensity() {
        return arrivalsPerInterval.doubleValue() * averageHandleSeconds.doubleValue() / intervalSeconds();
    }

    /** The interval length in seconds. */
    double intervalSeconds() {
        return interval.getSeconds() + interval.getNano() / 1e9;
    }
}
