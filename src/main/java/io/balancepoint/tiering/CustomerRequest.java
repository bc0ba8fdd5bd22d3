package io.balancepoint.tiering;

import java.time.Instant;
import java.util.Objects;

/** One request as RFM counts it: who raised it, for which organisation, and when. */
public record CustomerRequest(long issueId, String customerKey, String organisation, Instant created) {

    public CustomerRequest {
        Objects.requireNonNull(created, "created");
    }
}
