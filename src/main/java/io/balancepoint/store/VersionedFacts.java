package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import java.util.Objects;

/** Stored ticket facts and their row version (1 for the first write, one more for each later write). */
public record VersionedFacts(TicketFacts facts, long version) {

    public VersionedFacts {
        Objects.requireNonNull(facts, "facts");
    }
}
