package io.balancepoint.browser.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the pages show them, read back for comparison with the API's exact decimals: the
 * UI rounds money half-even to cents and shares to one decimal of a percent.
 */
public final class Shown {

    private Shown() {
    }

    /** "€1,234.50", "-€3.00", "72.0 %", "1.50 h" → the number (grouping, symbols and units dropped). */
    public static BigDecimal number(String text) {
        String digits = text.replace('\u2212', '-').replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new AssertionError("no number in '" + text + "'");
        }
        return new BigDecimal(digits);
    }

    /** An exact amount as the page should show it: half-even to cents. */
    public static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code part / whole} as a percentage with one decimal, half-even. */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    /** Seconds as hours with two decimals, half-even. */
    public static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN);
    }
}
