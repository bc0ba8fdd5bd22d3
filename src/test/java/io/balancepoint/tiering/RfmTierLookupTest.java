package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.TicketSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RfmTierLookupTest {

    static final LocalDate SCORED = LocalDate.of(2026, 3, 20);
    static final RfmScore ANN = new RfmScore("ann", 1, 9, new BigDecimal("1000"), 5, 5, 4, "Platinum");

    final List<String> asked = new ArrayList<>();
    final RfmScoreSource scores = customer -> {
        asked.add(customer);
        return "ann".equals(customer) ? new RfmScores(SCORED, new TreeMap<>(java.util.Map.of("ann", ANN))) : RfmScores.none(null);
    };

    static TicketSnapshot ticketOf(String customer, String organisation) {
        return new TicketSnapshot(1, "SUP-1", "SUP", null, "email", null, customer, organisation,
                Instant.parse("2026-03-20T09:00:00Z"), null, null, null, null, null, null);
    }

    @Test
    void aScoredCustomerGetsTheTierOfTheirSumUnderTheThresholdsInForce() {
        CustomerTier tier = new RfmTierLookup(scores).tierOf(ticketOf("ann", null), TieringSettings.defaults());
        assertThat(tier.source()).isEqualTo(TierSource.RFM);
        assertThat(tier.tier()).isEqualTo("Platinum");

        RfmSettings d = RfmSettings.defaults();
        TieringSettings stricter = withRfm(new RfmSettings(true, d.lookbackDays(), d.monetary(),
                List.of(new RfmThreshold(15, "Platinum"), new RfmThreshold(10, "Gold"), new RfmThreshold(3, "Basic"))));
        assertThat(new RfmTierLookup(scores).tierOf(ticketOf("ann", null), stricter).tier()).isEqualTo("Gold");
    }

    @Test
    void overridesAndOrganisationsComeFirstAndRfmOffAsksForNoScore() {
        TieringSettings d = TieringSettings.defaults();
        TieringSettings mapped = new TieringSettings(d.tiers(), d.defaultTier(), List.of(),
                List.of(new OrganisationTier("Acme", "Standard")), d.rfm());
        assertThat(new RfmTierLookup(scores).tierOf(ticketOf("ann", "Acme"), mapped).source()).isEqualTo(TierSource.ORGANISATION);

        RfmSettings r = RfmSettings.defaults();
        asked.clear();
        CustomerTier off = new RfmTierLookup(scores).tierOf(ticketOf("ann", null),
                withRfm(new RfmSettings(false, r.lookbackDays(), r.monetary(), r.thresholds())));
        assertThat(off.source()).isEqualTo(TierSource.DEFAULT);
        assertThat(asked).isEmpty();
        assertThat(new RfmTierLookup(scores).tierOf(ticketOf(null, null), d).source()).isEqualTo(TierSource.DEFAULT);
    }

    private static TieringSettings withRfm(RfmSettings rfm) {
        TieringSettings d = TieringSettings.defaults();
        return new TieringSettings(d.tiers(), d.defaultTier(), d.customerOverrides(), d.organisationTiers(), rfm);
    }
}
