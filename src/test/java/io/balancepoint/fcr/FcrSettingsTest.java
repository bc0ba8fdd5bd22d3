package io.balancepoint.fcr;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FcrSettingsTest {

    private static List<Problem> problemsOf(FcrSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsAreTheSpecDefaultsAndValid() {
        FcrSettings d = FcrSettings.defaults();
        assertThat(d.policy()).isEqualTo(FcrPolicy.ONE_TOUCH);
        assertThat(d.net()).isFalse();
        assertThat(d.excludedResolutions()).containsExactly("Duplicate", "Won't Do", "Cannot Reproduce");
        assertThat(d.reopenWindowDays()).isEqualTo(7);
        assertThat(d.businessHourChannels()).containsExactly("email", "portal");
        assertThat(problemsOf(d)).isEmpty();
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String json = Json.mapper().writeValueAsString(FcrSettings.defaults());
        assertThat(json).contains("\"policy\":\"ONE_TOUCH\"", "\"reopenWindowDays\":7");
        assertThat(Json.mapper().readValue(json, FcrSettings.class)).isEqualTo(FcrSettings.defaults());
    }

    @Test
    void missingFieldsBindAndAreReportedAsProblems() throws Exception {
        FcrSettings read = Json.mapper().readValue("{\"excludedResolutions\":[\"Duplicate\",null]}", FcrSettings.class);

        assertThat(read.notFirstLevelRequestTypes()).isEmpty();
        assertThat(read.businessHourChannels()).isEmpty();
        assertThat(problemsOf(read)).containsExactly(
                new Problem("policy", "is required"),
                new Problem("net", "is required"),
                new Problem("reopenWindowDays", "is required"),
                new Problem("excludedResolutions[1]", "must not be blank"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        FcrSettings bad = new FcrSettings(FcrPolicy.ZERO_FOLLOW_UPS, true, List.of("Hardware", " "),
                List.of("Duplicate", "Won't Do", " duplicate "), 366, Arrays.asList("email", null, "EMAIL"));

        assertThat(problemsOf(bad)).containsExactly(
                new Problem("reopenWindowDays", "must be between 0 and 365"),
                new Problem("notFirstLevelRequestTypes[1]", "must not be blank"),
                new Problem("excludedResolutions[2]", "duplicates excludedResolutions[0] (Duplicate)"),
                new Problem("businessHourChannels[1]", "must not be blank"),
                new Problem("businessHourChannels[2]", "duplicates businessHourChannels[0] (email)"));
    }

    @Test
    void windowBoundsAreInclusive() {
        FcrSettings d = FcrSettings.defaults();
        for (int days : new int[] {0, 365}) {
            assertThat(problemsOf(new FcrSettings(d.policy(), false, List.of(), List.of(), days, List.of()))).isEmpty();
        }
        assertThat(problemsOf(new FcrSettings(d.policy(), false, List.of(), List.of(), -1, List.of())))
                .containsExactly(new Problem("reopenWindowDays", "must be between 0 and 365"));
    }

    @Test
    void namesMatchTrimmedAndCaseInsensitively() {
        FcrSettings s = new FcrSettings(FcrPolicy.ONE_BUSINESS_HOUR, true, List.of(" Hardware "),
                List.of("Won't Do"), 7, List.of("Email"));

        assertThat(s.excludes("  WON'T DO")).isTrue();
        assertThat(s.excludes("Done")).isFalse();
        assertThat(s.excludes(null)).isFalse();
        assertThat(s.leavesOutForNetFcr("hardware")).isTrue();
        assertThat(s.judgesByBusinessHour("email")).isTrue();
        assertThat(s.judgesByBusinessHour("phone")).isFalse();
    }

    @Test
    void listsAndPolicyOnlyApplyWhenSwitchedOn() {
        FcrSettings gross = new FcrSettings(FcrPolicy.ONE_TOUCH, false, List.of("Hardware"), List.of(), 7, List.of("email"));

        assertThat(gross.leavesOutForNetFcr("Hardware")).isFalse();
        assertThat(gross.judgesByBusinessHour("email")).isFalse();
    }
}
