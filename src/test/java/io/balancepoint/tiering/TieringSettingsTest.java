package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TieringSettingsTest {

    private static List<Problem> problemsOf(TieringSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsFollowTheSpecAndAreValid() {
        TieringSettings defaults = TieringSettings.defaults();

        assertThat(defaults.tiers()).containsExactly("Basic", "Standard", "Gold", "Platinum");
        assertThat(defaults.defaultTier()).isEqualTo("Basic");
        assertThat(defaults.rfm().enabled()).isTrue();
        assertThat(defaults.rfm().lookbackDays()).isEqualTo(365);
        assertThat(defaults.rfm().thresholds()).extracting(RfmThreshold::minScore, RfmThreshold::tier)
                .containsExactly(tuple(13, "Platinum"), tuple(10, "Gold"), tuple(6, "Standard"), tuple(3, "Basic"));
        assertThat(defaults.rankOf("Gold")).isEqualTo(2);
        assertThat(defaults.rankOf("Diamond")).isEqualTo(-1);
        assertThat(problemsOf(defaults)).isEmpty();
    }

    @Test
    void jsonRoundTripOfDefaultsAndOfAFullSection() throws Exception {
        TieringSettings full = new TieringSettings(List.of("Bronze", "Silver", "Gold"), "Bronze",
                List.of(new CustomerOverride("alice", "Gold")),
                List.of(new OrganisationTier("Acme", "Silver")),
                new RfmSettings(true, 180, MonetarySource.organisationAttribute("Annual revenue"),
                        List.of(new RfmThreshold(12, "Gold"), new RfmThreshold(7, "Silver"), new RfmThreshold(3, "Bronze"))));
        for (TieringSettings settings : List.of(TieringSettings.defaults(), full)) {
            String json = Json.mapper().writeValueAsString(settings);
            assertThat(Json.mapper().readValue(json, TieringSettings.class)).isEqualTo(settings);
        }
        String json = Json.mapper().writeValueAsString(full);
        assertThat(json).contains("\"kind\":\"ORGANISATION_ATTRIBUTE\"", "\"attributeName\":\"Annual revenue\"", "\"minScore\":12");
    }

    @Test
    void customerValuesBindFromJsonAsExactDecimals() throws Exception {
        String json = """
                {"kind":"CUSTOMER_VALUE","customerValues":[{"customerKey":"bob","value":1234.50}]}""";
        MonetarySource source = Json.mapper().readValue(json, MonetarySource.class);

        assertThat(source.customerValues()).containsExactly(new CustomerValue("bob", new BigDecimal("1234.50")));
        assertThat(source.valueOf("bob", null, Map.of())).isEqualByComparingTo("1234.5");
        assertThat(source.valueOf("nobody", null, Map.of())).isZero();
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        String json = """
                {"tiers":["Basic","Gold","Basic",""],
                 "defaultTier":"Diamond",
                 "customerOverrides":[{"customerKey":"alice","tier":"Gold"},{"customerKey":"alice","tier":"Basic"},{"tier":"Silver"}],
                 "organisationTiers":[{"organisation":"Acme"},null],
                 "rfm":{"enabled":true,"lookbackDays":0,
                        "monetary":{"kind":"ORGANISATION_ATTRIBUTE","customerValues":[{"customerKey":"x","value":-1}]},
                        "thresholds":[{"minScore":10,"tier":"Basic"},{"minScore":12,"tier":"Gold"},{"minScore":16,"tier":"Nope"}]}}
                """;
        TieringSettings settings = Json.mapper().readValue(json, TieringSettings.class);

        assertThat(problemsOf(settings)).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("tiers[2]", "duplicates tiers[0] 'Basic'"),
                tuple("tiers[3]", "must not be blank"),
                tuple("defaultTier", "unknown tier 'Diamond' (known: Basic, Gold)"),
                tuple("customerOverrides[1].customerKey", "duplicates customerOverrides[0] for customer 'alice'"),
                tuple("customerOverrides[2].customerKey", "is required"),
                tuple("customerOverrides[2].tier", "unknown tier 'Silver' (known: Basic, Gold)"),
                tuple("organisationTiers[0].tier", "is required"),
                tuple("organisationTiers[1]", "must not be null"),
                tuple("rfm.lookbackDays", "must be between 1 and 3660"),
                tuple("rfm.monetary.attributeName", "is required when kind is ORGANISATION_ATTRIBUTE"),
                tuple("rfm.monetary.customerValues[0].value", "must not be negative"),
                tuple("rfm.thresholds[1].minScore", "must be lower than thresholds[0].minScore (10): list thresholds from the highest score to the lowest"),
                tuple("rfm.thresholds[1].tier", "must be a lower tier than thresholds[0].tier (Basic)"),
                tuple("rfm.thresholds[2].minScore", "must be between 3 and 15"),
                tuple("rfm.thresholds[2].tier", "unknown tier 'Nope' (known: Basic, Gold)"),
                tuple("rfm.thresholds[2].minScore", "must be lower than thresholds[1].minScore (12): list thresholds from the highest score to the lowest"),
                tuple("rfm.thresholds", "the last threshold must have minScore 3 so that every RFM sum maps to a tier"));
    }

    @Test
    void missingSectionsAndEmptyListsAreReportedNotThrown() throws Exception {
        TieringSettings settings = Json.mapper().readValue("{}", TieringSettings.class);

        assertThat(settings.tiers()).isEmpty();
        assertThat(settings.customerOverrides()).isEmpty();
        assertThat(problemsOf(settings)).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("tiers", "must name at least one tier"),
                tuple("defaultTier", "is required"),
                tuple("rfm", "is required"));

        RfmSettings noThresholds = new RfmSettings(true, 365, null, null);
        Problems problems = new Problems();
        noThresholds.validate(problems, List.of("Basic"));
        assertThat(problems.list()).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("monetary", "is required"),
                tuple("thresholds", "must contain at least one threshold"));

        MonetarySource noKind = new MonetarySource(null, null, Arrays.asList((CustomerValue) null));
        Problems kindProblems = new Problems();
        noKind.validate(kindProblems);
        assertThat(kindProblems.list()).extracting(Problem::field).containsExactly("kind");
    }

    @Test
    void duplicateCustomerValuesAndBlankKeysAreReported() {
        MonetarySource source = MonetarySource.customerValues(Arrays.asList(
                new CustomerValue("a", BigDecimal.ONE), new CustomerValue("a", BigDecimal.TEN),
                new CustomerValue(" ", BigDecimal.ONE), new CustomerValue("b", null), null));
        Problems problems = new Problems();
        source.validate(problems);

        assertThat(problems.list()).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("customerValues[1].customerKey", "duplicates customerValues[0] for customer 'a'"),
                tuple("customerValues[2].customerKey", "is required"),
                tuple("customerValues[3].value", "is required"),
                tuple("customerValues[4]", "must not be null"));
    }

    @Test
    void windowIsTheLookbackDaysEndingOnTheScoringDay() {
        RfmSettings week = new RfmSettings(true, 7, MonetarySource.customerValues(List.of()), RfmSettings.defaults().thresholds());
        LocalDate asOf = LocalDate.of(2026, 6, 30);

        assertThat(week.window(asOf).from()).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(week.window(asOf).contains(asOf)).isTrue();
        assertThat(week.window(asOf).contains(LocalDate.of(2026, 6, 23))).isFalse();
        assertThat(week.window(asOf).contains(LocalDate.of(2026, 7, 1))).isFalse();
    }
}
