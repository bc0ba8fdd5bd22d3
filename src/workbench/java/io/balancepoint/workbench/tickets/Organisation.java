package io.balancepoint.workbench.tickets;

import java.math.BigDecimal;

/**
 * A JSM organisation with the numeric attribute RFM scoring can read as monetary value
 * ({@code attributeValue} under {@code attributeName}; null value when it has none).
 */
public record Organisation(String name, String attributeName, BigDecimal attributeValue) {
}
