package io.balancepoint.rates;

import static io.balancepoint.rates.RateSettingsTest.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateCardTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    /** alice has her own rate; "senior" and "agents" are roles; bob is in tier L2; default 40. */
    private static final RateCard CARD = RateCard.from(new RateSettings(List.of(
            rate(RateKind.DEFAULT, null, "40", JAN, null),
            rate(RateKind.USER, "alice", "70", JAN, null),
            rate(RateKind.ROLE, "agents", "50", JAN, null),
            rate(RateKind.ROLE, "senior", "65", JAN, null),
            rate(RateKind.ROLE, "leads", "65", JAN, null),
            rate(RateKind.AGENT_TIER, "L2", "55", JAN, null)),
            List.of(new AgentTierAssignment("alice", "L2", JAN, null),
                    new AgentTierAssignment("bob", "L2", JAN, null))));

    private static ResolvedRate resolved(String rate, RateSource source, String key) {
        return new ResolvedRate(new BigDecimal(rate), source, key);
    }

    @Test
    void precedenceIsUserThenRoleThenAgentTierThenDefault() {
        // alice: own rate, roles and tier too -> user rate
        assertThat(CARD.rateFor("alice", Set.of("agents"), DAY)).contains(resolved("70", RateSource.USER, "alice"));
        // bob: no user rate, a role and a tier -> role
        assertThat(CARD.rateFor("bob", Set.of("agents"), DAY)).contains(resolved("50", RateSource.ROLE, "agents"));
        // bob without rated roles -> tier
        assertThat(CARD.rateFor("bob", Set.of("jira-users"), DAY)).contains(resolved("55", RateSource.AGENT_TIER, "L2"));
        // carol: nothing -> default
        assertThat(CARD.rateFor("carol", Set.of(), DAY)).contains(resolved("40", RateSource.DEFAULT, null));
        assertThat(CARD.rateFor("carol", null, DAY)).contains(resolved("40", RateSource.DEFAULT, null));
    }

    @Test
    void ofSeveralRatedRolesTheHighestRateWinsAndTiesGoToTheFirstNameAlphabetically() {
        assertThat(CARD.rateFor("dave", Set.of("agents", "senior"), DAY)).contains(resolved("65", RateSource.ROLE, "senior"));
        assertThat(CARD.rateFor("dave", Set.of("senior", "leads", "agents"), DAY))
                .contains(resolved("65", RateSource.ROLE, "leads"));
    }

    @Test
    void fromIsInclusiveAndUntilIsExclusive() {
        RateCard card = RateCard.from(new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, null),
                rate(RateKind.USER, "alice", "60", FEB, MAR)), List.of()));
        assertThat(card.rateFor("alice", Set.of(), FEB.minusDays(1))).contains(resolved("40", RateSource.DEFAULT, null));
        assertThat(card.rateFor("alice", Set.of(), FEB)).contains(resolved("60", RateSource.USER, "alice"));
        assertThat(card.rateFor("alice", Set.of(), MAR.minusDays(1))).contains(resolved("60", RateSource.USER, "alice"));
        assertThat(card.rateFor("alice", Set.of(), MAR)).contains(resolved("40", RateSource.DEFAULT, null));
    }

    @Test
    void aRateChangePricesEachDayByTheRateThenInForce() {
        RateCard card = RateCard.from(new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, MAR),
                rate(RateKind.DEFAULT, null, "44", MAR, null)), List.of()));
        assertThat(card.defaultRate(MAR.minusDays(1))).contains(resolved("40", RateSource.DEFAULT, null));
        assertThat(card.defaultRate(MAR)).contains(resolved("44", RateSource.DEFAULT, null));
    }

    @Test
    void tierAssignmentsAreEffectiveDatedAndATierWithoutRateThatDayFallsToDefault() {
        RateCard card = RateCard.from(new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, null),
                rate(RateKind.AGENT_TIER, "L1", "35", JAN, null),
                rate(RateKind.AGENT_TIER, "L2", "50", JAN, MAR)),
                List.of(new AgentTierAssignment("bob", "L1", JAN, FEB),
                        new AgentTierAssignment("bob", "L2", FEB, null))));
        assertThat(card.rateFor("bob", Set.of(), JAN)).contains(resolved("35", RateSource.AGENT_TIER, "L1"));
        assertThat(card.rateFor("bob", Set.of(), FEB)).contains(resolved("50", RateSource.AGENT_TIER, "L2"));
        assertThat(card.rateFor("bob", Set.of(), MAR)).contains(resolved("40", RateSource.DEFAULT, null));
    }

    @Test
    void anEndedUserRateUncoversTheNextLevel() {
        RateCard card = RateCard.from(new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, null),
                rate(RateKind.USER, "alice", "70", JAN, FEB),
                rate(RateKind.ROLE, "agents", "50", JAN, null)), List.of()));
        assertThat(card.rateFor("alice", Set.of("agents"), FEB)).contains(resolved("50", RateSource.ROLE, "agents"));
    }

    @Test
    void noRateBeforeTheFirstDefaultIsEmpty() {
        assertThat(CARD.rateFor("carol", Set.of(), JAN.minusDays(1))).isEmpty();
        assertThat(CARD.defaultRate(JAN.minusDays(1))).isEqualTo(Optional.empty());
    }

    @Test
    void refusesInvalidSettingsListingTheProblems() {
        RateSettings invalid = new RateSettings(List.of(rate(RateKind.USER, "a", "-5", JAN, null)), List.of());
        assertThatThrownBy(() -> RateCard.from(invalid))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new Problem("entries[0].hourlyRate", "must not be negative"),
                        new Problem("entries", "needs at least one DEFAULT rate")));
    }

    @Test
    void costOfSecondsIsSecondsOver3600TimesTheRate() {
        assertThat(resolved("60", RateSource.USER, "a").costOf(5400, EUR)).isEqualTo(Money.of("90.00", "EUR"));
        assertThat(resolved("60", RateSource.USER, "a").costOf(5400, EUR).amount().toString()).isEqualTo("90");
        assertThat(resolved("36", RateSource.USER, "a").costOf(1, EUR)).isEqualTo(Money.of("0.01", "EUR"));
        assertThat(resolved("1", RateSource.USER, "a").costOf(1, EUR).amount())
                .isEqualTo(new BigDecimal("0.0002777777777777777777777777777777778"));
        assertThat(resolved("60", RateSource.USER, "a").costOf(0, EUR)).isEqualTo(Money.zero(EUR));
    }
}
