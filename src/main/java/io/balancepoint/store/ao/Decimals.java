package io.balancepoint.store.ao;

import java.math.BigDecimal;

/**
 * Exact decimals in string columns. AO 3.2 has no decimal column type (only double, which cannot
 * hold 0.1 exactly), so amounts, quantities and rates are stored as
 * {@link BigDecimal#toPlainString()} and read back with {@code new BigDecimal(String)}: the same
 * value and, for non-negative scales, the same scale, on every database. The price: SQL cannot sum
 * or compare these columns numerically; stores aggregate in Java, over pre-aggregated rollups.
 */
public final class Decimals {

    /** Column length: 34 significant digits (Money.DIVISION) with sign, point and leading zeros fit easily. */
    public static final int MAX_LENGTH = 100;

    private Decimals() {
    }

    /** The column value of a decimal; null stays null. */
    public static String write(BigDecimal value) {
        if (value == null) {
            return null;
        }
        String text = value.toPlainString();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "decimal has " + text.length() + " characters, more than the " + MAX_LENGTH + " a column holds: " + value);
        }
        return text;
    }

    /** The decimal of a column value; null stays null. */
    public static BigDecimal read(String column) {
        return column == null ? null : new BigDecimal(column);
    }
}
