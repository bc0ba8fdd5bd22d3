package io.balancepoint.tiering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One customer's activity inside the RFM look-back window: the day of their latest request, how
 * many requests they raised, and their monetary value.
 */
public record CustomerActivity(String customerKey, LocalDate lastRequest, int requests, BigDecimal monetary) {

    public CustomerActivity {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(lastRequest, "lastRequest");
        Objects.requireNonNull(monetary, "monetary");
        if (requests < 1) {
            throw new IllegalArgumentException("customer " + customerKey + " needs at least one request, has " + requests);
        }
    }
}
