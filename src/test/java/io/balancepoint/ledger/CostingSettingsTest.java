package io.balancepoint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostingSettingsTest {

    private static List<Problem> problemsOf(CostingSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsAreTheSectionDefaultsAndValid() {
        CostingSettings defaults = CostingSettings.defaults();
        assertThat(defaults.rates()).isEqualTo(RateSettings.defaults());
        assertThat(defaults.channels()).isEqualTo(ChannelSettings.defaults());
        assertThat(defaults.overhead()).isEqualTo(OverheadSettings.defaults());
        assertThat(problemsOf(defaults)).isEmpty();
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String json = Json.mapper().writeValueAsString(CostingSettings.defaults());
        assertThat(json).startsWith("{\"rates\":{\"entries\":[");
        assertThat(Json.mapper().readValue(json, CostingSettings.class)).isEqualTo(CostingSettings.defaults());
    }

    @Test
    void missingSectionsAreReported() throws Exception {
        CostingSettings settings = Json.mapper().readValue("{}", CostingSettings.class);
        assertThat(problemsOf(settings)).containsExactly(
                new Problem("rates", "is required"),
                new Problem("channels", "is required"),
                new Problem("overhead", "is required"));
    }

    @Test
    void sectionProblemsArePrefixedWithTheSectionName() {
        CostingSettings settings = new CostingSettings(
                new RateSettings(List.of(new RateEntry(RateKind.DEFAULT, null, new BigDecimal("-1"),
                        LocalDate.of(2026, 1, 1), null, null)), List.of()),
                new ChannelSettings(List.of(new Channel("Email", "E-mail", null)), List.of()),
                new OverheadSettings(List.of(new OverheadRule(null, null, null, LocalDate.of(2026, 1, 1), null)), List.of()));
        assertThat(problemsOf(settings)).extracting(Problem::field).containsExactly(
                "rates.entries[0].hourlyRate", "channels.channels[0].id", "overhead.rules[0].upliftPercent");
    }

    @Test
    void unknownFieldsInJsonAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        Json.mapper().readValue("{\"rates\":{\"entriez\":[]}}", CostingSettings.class))
                .hasMessageContaining("entriez");
    }
}
