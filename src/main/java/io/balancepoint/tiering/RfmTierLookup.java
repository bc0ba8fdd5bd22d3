package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;
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
}
