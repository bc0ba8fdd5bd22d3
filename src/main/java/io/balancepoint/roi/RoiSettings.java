package io.balancepoint.roi;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ROI parameters of the instance (settings section {@code roi}): customer value per tier for
 * Anton's CLV model, how CSAT maps to satisfaction and loyalty, the internal-desk parameters and
 * the channel-shift satisfaction assumptions.
 *
 * <p>Defaults ({@link #defaults()}): no tier values (every customer is worth 0 until the admin
 * enters R per tier — there is no honest default profit), n = 5 years, i = 10 %, linear
 * satisfaction index, loyal above 85, disloyal below 50, the internal-desk defaults of
 * {@link InternalDeskSettings#defaults()}, no channel satisfaction changes.
 *
 * @param tierValues                 R (and optionally n) per customer tier; tiers not listed have CLV 0
 * @param defaultLoyaltyYears        n for tiers that do not set their own, 1..100
 * @param discountRate               i as a fraction, 0..1 (0.10 = 10 %)
 * @param satisfactionMethod         CSAT 1–5 → index 0–100
 * @param loyalThreshold             index strictly above this is loyal, 0..100
 * @param disloyalThreshold          index strictly below this is disloyal, 0..100, below the loyal threshold
 * @param internalDesk               parameters of the productivity-restored model for internal desks
 * @param channelSatisfactionChange  per channel, the expected satisfaction index points (−100..100) of a
 *                                   contact served on that channel relative to channels left at 0; see {@link ChannelShift}
 */
public record RoiSettings(
        List<TierValue> tierValues,
        Integer defaultLoyaltyYears,
        BigDecimal discountRate,
        SatisfactionMethod satisfactionMethod,
        BigDecimal loyalThreshold,
        BigDecimal disloyalThreshold,
        InternalDeskSettings internalDesk,
        Map<String, BigDecimal> channelSatisfactionChange) {

    /** The longest loyalty accepted; keeps (1 + i)^n a reasonably sized exact number. */
    static final int MAX_YEARS = 100;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RoiSettings {
        tierValues = Copies.list(tierValues);
        channelSatisfactionChange = Copies.sortedMap(channelSatisfactionChange);
    }

    public static RoiSettings defaults() {
        return new RoiSettings(List.of(), 5, new BigDecimal("0.10"), SatisfactionMethod.LINEAR,
                BigDecimal.valueOf(85), BigDecimal.valueOf(50), InternalDeskSettings.defaults(), Map.of());
    }

    /** Reports every problem, with paths relative to this section. */
    public void validate(Problems problems) {
        Map<String, Integer> firstIndexOfTier = new HashMap<>();
        problems.each(tierValues, "tierValues", (p, item) -> {
            TierValue value = (TierValue) item;
            value.validate(p);
            if (value.loyaltyYears() == null && defaultLoyaltyYears == null) {
                p.add("loyaltyYears", "is required when defaultLoyaltyYears is not set");
            }
        });
        for (int i = 0; i < tierValues.size(); i++) {
            TierValue value = tierValues.get(i);
            if (value == null || value.tier() == null) {
                continue;
            }
            Integer first = firstIndexOfTier.putIfAbsent(value.tier(), i);
            if (first != null) {
                problems.at("tierValues").at(i).add("tier", "duplicates tierValues[" + first + "] (" + value.tier() + ")");
            }
        }
        if (defaultLoyaltyYears != null) {
            checkYears(problems, "defaultLoyaltyYears", defaultLoyaltyYears);
        }
        if (problems.required(discountRate, "discountRate")
                && (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) > 0)) {
            problems.add("discountRate", "must be between 0 and 1 (a fraction: 0.10 = 10 %)");
        }
        problems.required(satisfactionMethod, "satisfactionMethod");
        boolean loyalOk = checkPercent(problems, "loyalThreshold", loyalThreshold);
        boolean disloyalOk = checkPercent(problems, "disloyalThreshold", disloyalThreshold);
        if (loyalOk && disloyalOk && disloyalThreshold.compareTo(loyalThreshold) >= 0) {
            problems.add("disloyalThreshold", "must be below loyalThreshold (" + loyalThreshold.toPlainString() + ")");
        }
        if (problems.required(internalDesk, "internalDesk")) {
            internalDesk.validate(problems.at("internalDesk"));
        }
        Problems changes = problems.at("channelSatisfactionChange");
        channelSatisfactionChange.forEach((channel, points) -> {
            if (channel.isBlank()) {
                changes.add("must not have a blank channel");
            } else if (points == null) {
                changes.add(channel, "is required");
            } else if (points.abs().compareTo(HUNDRED) > 0) {
                changes.add(channel, "must be between -100 and 100 (satisfaction index points)");
            }
        });
    }

    /** The satisfaction method with the loyalty thresholds; requires a valid section. */
    public LoyaltyScale loyaltyScale() {
        return new LoyaltyScale(satisfactionMethod, loyalThreshold, disloyalThreshold);
    }

    public Optional<TierValue> tierValue(String tier) {
        return tierValues.stream().filter(v -> v.tier().equals(tier)).findFirst();
    }

    /**
     * The display order of customer tiers: tiers with a value in settings order, then other tiers
     * by name, then "no tier" (null) last.
     */
    public Comparator<String> tierOrder() {
        List<String> valued = tierValues.stream().map(TierValue::tier).toList();
        Comparator<String> byPosition = Comparator.comparingInt(t -> {
            int position = valued.indexOf(t);
            return position < 0 ? Integer.MAX_VALUE : position;
        });
        return Comparator.nullsLast(byPosition.thenComparing(Comparator.naturalOrder()));
    }

    /** n for {@code value}: its own, else the default. */
    public int loyaltyYearsOf(TierValue value) {
        return value.loyaltyYears() != null ? value.loyaltyYears() : defaultLoyaltyYears;
    }

    static void checkYears(Problems problems, String field, int years) {
        if (years < 1 || years > MAX_YEARS) {
            problems.add(field, "must be between 1 and " + MAX_YEARS + " years");
        }
    }

    /** Checks a required 0..100 value; true when it is present and in range. */
    static boolean checkPercent(Problems problems, String field, BigDecimal value) {
        if (!problems.required(value, field)) {
            return false;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(field, "must be between 0 and 100");
            return false;
        }
        return true;
    }
}
