package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CustomerTierResolverTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static final TieringSettings SETTINGS = new TieringSettings(
            List.of("Basic", "Standard", "Gold", "Platinum"), "Basic",
            List.of(new CustomerOverride("vip", "Platinum"), new CustomerOverride("acme-intern", "Basic")),
            List.of(new OrganisationTier("Acme", "Gold")),
            RfmSettings.defaults());

    /** "scored" has an RFM sum of 11 (Gold); "low" of 4 (Basic). */
    private static final RfmScores SCORES = new RfmScores(AS_OF, new TreeMap<>(Map.of(
            "scored", new RfmScore("scored", 3, 7, new BigDecimal("5000"), 4, 3, 4, "Gold"),
            "acme-intern", new RfmScore("acme-intern", 1, 20, new BigDecimal("9000"), 5, 5, 5, "Platinum"),
            "low", new RfmScore("low", 300, 1, BigDecimal.ZERO, 1, 1, 2, "Basic"))));

    @Test
    void overrideWinsOverOrganisationAndRfm() {
        CustomerTier tier = CustomerTierResolver.resolve("acme-intern", "Acme", SETTINGS, SCORES);

        assertThat(tier.tier()).isEqualTo("Basic");
        assertThat(tier.source()).isEqualTo(TierSource.OVERRIDE);
        assertThat(tier.explanation()).isEqualTo("Basic: explicit override for customer 'acme-intern'");
    }

    @Test
    void organisationWinsOverRfm() {
        CustomerTier tier = CustomerTierResolver.resolve("low", "Acme", SETTINGS, SCORES);

        assertThat(tier.tier()).isEqualTo("Gold");
        assertThat(tier.source()).isEqualTo(TierSource.ORGANISATION);
        assertThat(tier.explanation()).isEqualTo("Gold: organisation 'Acme' is mapped to Gold");
    }

    @Test
    void rfmDecidesWhenNeitherOverrideNorOrganisationApplies() {
        CustomerTier tier = CustomerTierResolver.resolve("scored", "Other Ltd", SETTINGS, SCORES);

        assertThat(tier.tier()).isEqualTo("Gold");
        assertThat(tier.source()).isEqualTo(TierSource.RFM);
        assertThat(tier.explanation()).isEqualTo("Gold: RFM 4-3-4 = 11 (last request 3 days ago, 7 requests, value 5000)");
    }

    @Test
    void rfmTierFollowsTheThresholdsInForceNotTheOnesAtScoringTime() {
        RfmSettings stricter = new RfmSettings(true, 365, MonetarySource.customerValues(List.of()), List.of(
                new RfmThreshold(12, "Gold"), new RfmThreshold(3, "Basic")));
        TieringSettings settings = new TieringSettings(SETTINGS.tiers(), "Basic", List.of(), List.of(), stricter);

        assertThat(CustomerTierResolver.resolve("scored", null, settings, SCORES).tier()).isEqualTo("Basic");
    }

    @Test
    void defaultTierWhenNothingElseApplies() {
        CustomerTier tier = CustomerTierResolver.resolve("stranger", null, SETTINGS, SCORES);

        assertThat(tier.tier()).isEqualTo("Basic");
        assertThat(tier.source()).isEqualTo(TierSource.DEFAULT);
        assertThat(tier.explanation()).isEqualTo(
                "Basic: default tier (no override or organisation mapping; no RFM score (no request in the last 365 days))");
    }

    @Test
    void disabledRfmIsSkipped() {
        RfmSettings off = new RfmSettings(false, 365, MonetarySource.customerValues(List.of()), RfmSettings.defaults().thresholds());
        TieringSettings settings = new TieringSettings(SETTINGS.tiers(), "Standard", List.of(), List.of(), off);

        CustomerTier tier = CustomerTierResolver.resolve("scored", null, settings, SCORES);

        assertThat(tier.tier()).isEqualTo("Standard");
        assertThat(tier.source()).isEqualTo(TierSource.DEFAULT);
        assertThat(tier.explanation()).contains("RFM scoring is off");
    }

    @Test
    void unknownCustomerStillGetsTheOrganisationTierOrTheDefault() {
        assertThat(CustomerTierResolver.resolve(null, "Acme", SETTINGS, SCORES).source()).isEqualTo(TierSource.ORGANISATION);
        assertThat(CustomerTierResolver.resolve(null, null, SETTINGS, RfmScores.none(AS_OF)).source()).isEqualTo(TierSource.DEFAULT);
    }
}
