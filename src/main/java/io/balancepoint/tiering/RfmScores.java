package io.balancepoint.tiering;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The RFM scores of a population on one date, by customer key. */
public record RfmScores(LocalDate asOf, SortedMap<String, RfmScore> byCustomer) {

    public RfmScores {
        byCustomer = byCustomer == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(byCustomer));
    }

    /** No scores at all (RFM not run yet, or nobody active). */
    public static RfmScores none(LocalDate asOf) {
        return new RfmScores(asOf, null);
    }

    public Optional<RfmScore> of(String customerKey) {
        return customerKey == null ? Optional.empty() : Optional.ofNullable(byCustomer.get(customerKey));
    }

    /** Every score, ordered by customer key. */
    public List<RfmScore> all() {
        return List.copyOf(byCustomer.values());
    }
}
