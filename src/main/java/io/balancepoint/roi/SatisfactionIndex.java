package io.balancepoint.roi;

import java.math.BigDecimal;

/** Maps one CSAT rating (1–5) to the 0–100 satisfaction index; every result is an exact integer. */
public final class SatisfactionIndex {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SatisfactionIndex() {
    }

    /**
     * The index of {@code csat} under {@code method}.
     *
     * @throws IllegalArgumentException when the rating is not 1..5
     */
    public static BigDecimal of(int csat, SatisfactionMethod method) {
        if (csat < 1 || csat > 5) {
            throw new IllegalArgumentException("CSAT rating must be 1..5, was " + csat);
        }
        return switch (method) {
            case LINEAR -> BigDecimal.valueOf((csat - 1) * 25L);
            case PERCENT_OF_MAX -> BigDecimal.valueOf(csat * 20L);
            case TOP_TWO_BOX -> csat >= 4 ? HUNDRED : BigDecimal.ZERO;
        };
    }
}
