package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tier lookup of the product: {@link CustomerTierResolver} over the settings in force and the
 * RFM scores of the latest scoring run. Scores are looked up per customer, so nothing of the
 * population is held in memory.
 */
public final class RfmTierLookup implements CustomerTierLookup {

    private final RfmScoreSource scores;

    public RfmTierLookup(RfmScoreSource scores) {
        this.scores = Objects.requireNonNull(scores, "scores");
    }

    @Override
    public CustomerTier tierOf(TicketSnapshot ticket, TieringSettings settings) {
        RfmScores rfm = settings.rfm().enabled() ? scores.scoresOf(ticket.customerKey()) : RfmScores.none(null);
        return CustomerTierResolver.resolve(ticket.customerKey(), ticket.organisation(), settings, rfm);
    }

    @Override
    public Map<Long, CustomerTier> tiersOf(Collection<TicketSnapshot> tickets, TieringSettings settings) {
        Map<String, RfmScores> scored = settings.rfm().enabled()
                ? scores.scoresOfAll(tickets.stream().map(TicketSnapshot::customerKey).toList())
                : Map.of();
        Map<Long, CustomerTier> tiers = new HashMap<>();
        for (TicketSnapshot ticket : tickets) {
            RfmScores rfm = ticket.customerKey() == null ? RfmScores.none(null)
                    : scored.getOrDefault(ticket.customerKey(), RfmScores.none(null));
            tiers.put(ticket.issueId(), CustomerTierResolver.resolve(ticket.customerKey(), ticket.organisation(), settings, rfm));
        }
        return tiers;
    }
}
