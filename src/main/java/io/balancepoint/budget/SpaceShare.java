package io.balancepoint.budget;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * The share of a project's targets held by one team, support tier or agent, in percent (0..100).
 * The shares of one dimension must add up to exactly 100.
 */
public record SpaceShare(SpaceDimension dimension, String key, BigDecimal sharePercent) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public void validate(Problems problems) {
        problems.required(dimension, "dimension");
        if (problems.required(key, "key") && key.isBlank()) {
            problems.add("key", "must not be blank");
        }
        if (problems.required(sharePercent, "sharePercent")) {
            if (sharePercent.signum() < 0) {
                problems.add("sharePercent", "must not be negative");
            } else if (sharePercent.compareTo(HUNDRED) > 0) {
                problems.add("sharePercent", "must not exceed 100");
            }
        }
    }

    /** {@code TEAM alpha}, for messages. */
    String describe() {
        return dimension + " " + key;
    }
}
