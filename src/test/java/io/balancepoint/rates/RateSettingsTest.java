package io.balancepoint.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateSettingsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    static RateEntry rate(RateKind kind, String key, String hourly, LocalDate from, LocalDate until) {
        return new RateEntry(kind, key, hourly == null ? null : new BigDecimal(hourly), from, until, null);
    }

    static RateEntry openDefault(String hourly) {
        return rate(RateKind.DEFAULT, null, hourly, LocalDate.of(2000, 1, 1), null);
    }

    private static List<Problem> problemsOf(RateSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsAreOneOpenDefaultRateOfFortyAndValid() {
        RateSettings defaults = RateSettings.defaults();
        assertThat(problemsOf(defaults)).isEmpty();
        assertThat(defaults.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RateKind.DEFAULT);
            assertThat(e.hourlyRate()).isEqualByComparingTo("40.00");
            assertThat(e.from()).isEqualTo(LocalDate.of(2000, 1, 1));
            assertThat(e.until()).isNull();
        });
        assertThat(defaults.agentTiers()).isEmpty();
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String json = Json.mapper().writeValueAsString(RateSettings.defaults());
        assertThat(json).contains("\"kind\":\"DEFAULT\"", "\"hourlyRate\":40.00", "\"from\":\"2000-01-01\"");
        assertThat(Json.mapper().readValue(json, RateSettings.class)).isEqualTo(RateSettings.defaults());
    }

    @Test
    void richSettingsSurviveAJsonRoundTrip() throws Exception {
        RateSettings settings = new RateSettings(
                List.of(openDefault("40"), rate(RateKind.USER, "alice", "62.50", JAN, FEB),
                        rate(RateKind.AGENT_TIER, "L2", "55", JAN, null)),
                List.of(new AgentTierAssignment("bob", "L2", JAN, null)));
        String json = Json.mapper().writeValueAsString(settings);
        assertThat(Json.mapper().readValue(json, RateSettings.class)).isEqualTo(settings);
    }

    @Test
    void missingFieldsInJsonBindAndAreReportedNotThrown() throws Exception {
        RateSettings settings = Json.mapper().readValue("{\"entries\":[{\"kind\":\"ROLE\"}]}", RateSettings.class);
        assertThat(settings.agentTiers()).isEmpty();
        assertThat(problemsOf(settings)).extracting(Problem::field).containsExactlyInAnyOrder(
                "entries[0].key", "entries[0].hourlyRate", "entries[0].from", "entries");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        RateSettings settings = new RateSettings(
                Arrays.asList(
                        rate(RateKind.USER, "alice", "-1", JAN, null),          // 0 negative
                        rate(RateKind.ROLE, " ", "50", JAN, null),              // 1 blank key
                        rate(RateKind.ROLE, "agents", "50", FEB, FEB),          // 2 until == from
                        rate(RateKind.DEFAULT, "x", "0", JAN, null),            // 3 key on default, zero default
                        rate(RateKind.ROLE, "agents", "55", JAN, MAR),          // 4 ok alone
                        rate(RateKind.ROLE, "agents", "60", FEB, null),         // 5 overlaps 4
                        null,                                                   // 6 null element
                        new RateEntry(null, "k", BigDecimal.ONE, JAN, null, null)), // 7 no kind
                Arrays.asList(
                        new AgentTierAssignment("bob", "L9", JAN, null),        // unknown tier
                        new AgentTierAssignment(null, null, null, null)));
        assertThat(problemsOf(settings)).containsExactlyInAnyOrder(
                new Problem("entries[0].hourlyRate", "must not be negative"),
                new Problem("entries[1].key", "is required for a ROLE rate"),
                new Problem("entries[2].until", "must be after from (2026-02-01); until is exclusive"),
                new Problem("entries[3].key", "must be empty for a DEFAULT rate"),
                new Problem("entries[3].hourlyRate", "must be greater than 0 for the DEFAULT rate"),
                new Problem("entries[5]", "overlaps entries[4] (2026-01-01..2026-03-01) for the same key"),
                new Problem("entries[6]", "must not be null"),
                new Problem("entries[7].kind", "is required"),
                new Problem("agentTiers[0].tier", "unknown agent tier 'L9': add an AGENT_TIER rate with this key first"),
                new Problem("agentTiers[1].userKey", "is required"),
                new Problem("agentTiers[1].tier", "is required"),
                new Problem("agentTiers[1].from", "is required"));
    }

    @Test
    void zeroRatesAreAllowedForPeopleRolesAndTiersButNotForTheDefault() {
        RateSettings settings = new RateSettings(List.of(openDefault("40"),
                rate(RateKind.USER, "contractor", "0", JAN, null),
                rate(RateKind.ROLE, "volunteers", "0", JAN, null),
                rate(RateKind.AGENT_TIER, "trainee", "0", JAN, null)), List.of());
        assertThat(problemsOf(settings)).isEmpty();
    }

    @Test
    void ratesOverlapOnlyForTheSameKindAndKeyAndTouchingRangesDoNotOverlap() {
        RateSettings settings = new RateSettings(List.of(openDefault("40"),
                rate(RateKind.USER, "alice", "60", JAN, FEB),
                rate(RateKind.USER, "alice", "70", FEB, null),      // starts the day the first ends
                rate(RateKind.USER, "bob", "50", JAN, null),        // other key
                rate(RateKind.ROLE, "alice", "55", JAN, null)),     // other kind, same key
                List.of());
        assertThat(problemsOf(settings)).isEmpty();
    }

    @Test
    void overlappingTierAssignmentsForOnePersonAreDuplicates() {
        RateSettings settings = new RateSettings(
                List.of(openDefault("40"), rate(RateKind.AGENT_TIER, "L1", "35", JAN, null),
                        rate(RateKind.AGENT_TIER, "L2", "45", JAN, null)),
                List.of(new AgentTierAssignment("bob", "L1", JAN, MAR),
                        new AgentTierAssignment("bob", "L2", FEB, null),
                        new AgentTierAssignment("carol", "L2", FEB, null)));
        assertThat(problemsOf(settings)).containsExactly(
                new Problem("agentTiers[1]", "overlaps agentTiers[0] (2026-01-01..2026-03-01) for the same key"));
    }

    @Test
    void needsAtLeastOneDefaultRate() {
        assertThat(problemsOf(new RateSettings(null, null)))
                .containsExactly(new Problem("entries", "needs at least one DEFAULT rate"));
        assertThat(problemsOf(new RateSettings(List.of(rate(RateKind.USER, "a", "1", JAN, null)), List.of())))
                .containsExactly(new Problem("entries", "needs at least one DEFAULT rate"));
    }

    @Test
    void defaultRatesMustFollowEachOtherWithoutGapAndEndOpen() {
        RateSettings contiguous = new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "45", FEB, null),
                rate(RateKind.DEFAULT, null, "40", JAN, FEB)), List.of());
        assertThat(problemsOf(contiguous)).isEmpty();

        RateSettings gap = new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, FEB),
                rate(RateKind.DEFAULT, null, "45", MAR, null)), List.of());
        assertThat(problemsOf(gap)).containsExactly(
                new Problem("entries[1].from", "leaves a gap in the DEFAULT rate from 2026-02-01 (entries[0] ends there)"));

        RateSettings closed = new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, FEB),
                rate(RateKind.DEFAULT, null, "45", FEB, MAR)), List.of());
        assertThat(problemsOf(closed)).containsExactly(new Problem("entries[1].until",
                "the latest DEFAULT rate must be open-ended (no until), so every later day has a rate"));
    }

    @Test
    void overlappingDefaultsAreReportedAsOverlapsOnly() {
        RateSettings settings = new RateSettings(List.of(openDefault("40"), rate(RateKind.DEFAULT, null, "45", JAN, null)),
                List.of());
        assertThat(problemsOf(settings)).containsExactly(
                new Problem("entries[1]", "overlaps entries[0] (2000-01-01..open) for the same key"));
    }

    @Test
    void nullListsBecomeEmptyAndListsAreNotModifiable() {
        RateSettings settings = new RateSettings(null, null);
        assertThat(settings.entries()).isEmpty();
        assertThat(settings.agentTiers()).isEmpty();
        List<RateEntry> source = new java.util.ArrayList<>(List.of(openDefault("40")));
        RateSettings copy = new RateSettings(source, null);
        source.clear();
        assertThat(copy.entries()).hasSize(1);
    }
}
