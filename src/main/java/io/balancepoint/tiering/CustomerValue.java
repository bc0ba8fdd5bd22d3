package io.balancepoint.tiering;

import java.math.BigDecimal;

/** A customer-value number the admin maintains for one customer (the RFM monetary input). */
public record CustomerValue(String customerKey, BigDecimal value) {
}
