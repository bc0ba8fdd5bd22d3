package io.balancepoint.rest.rates;

import io.balancepoint.rates.AgentTierAssignment;
import io.balancepoint.rates.RateEntry;
import java.util.List;

/**
 * The rates in force: every effective-dated entry with its index (the {@code {index}} of
 * {@code /rates/{index}/end} in this revision), the agent-tier assignments, the settings revision
 * and the base currency.
 */
public record RatesView(long revision, String currency, List<IndexedRate> entries, List<AgentTierAssignment> agentTiers) {

    /** One entry and its position in the revision's list. */
    public record IndexedRate(int index, RateEntry entry) {
    }
}
