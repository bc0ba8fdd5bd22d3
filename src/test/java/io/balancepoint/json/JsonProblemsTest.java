package io.balancepoint.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.balancepoint.time.WorkingTimeSettings;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    record Entry(BigDecimal amount, DayOfWeek day) {
    }

    record Doc(List<Entry> entries, int count) {
    }

    private static Problem problemOf(String json, Class<?> type) {
        try {
            Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            return JsonProblems.of(e);
        }
        throw new AssertionError("expected a reading failure for " + json);
    }

    @Test
    void malformedJsonNamesTheLine() {
        Problem p = problemOf("{\n \"count\": 1,\n", Doc.class);
        assertThat(p.field()).isEqualTo("$");
        assertThat(p.reason()).startsWith("malformed JSON at line");
    }

    @Test
    void unknownFieldIsReportedWithItsPath() {
        assertThat(problemOf("{\"entries\":[{\"amount\":1,\"colour\":\"red\"}]}", Doc.class))
                .isEqualTo(new Problem("entries[0].colour", "unknown field"));
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        assertThat(problemOf("{\"entries\":[{},{\"amount\":\"ten\"}]}", Doc.class))
                .isEqualTo(new Problem("entries[1].amount", "must be a number, was \"ten\""));
        assertThat(problemOf("{\"count\":\"many\"}", Doc.class).field()).isEqualTo("count");
        assertThat(problemOf("{\"entries\":[{\"day\":\"SOMEDAY\"}]}", Doc.class).reason())
                .startsWith("must be one of MONDAY, TUESDAY");
        assertThat(problemOf("{\"entries\":5}", Doc.class))
                .isEqualTo(new Problem("entries", "must be a list"));
    }

    @Test
    void decimalsAreReadExactly() throws JsonProcessingException {
        Doc doc = Json.mapper().readValue("{\"entries\":[{\"amount\":0.1}],\"count\":2}", Doc.class);
        assertThat(doc.entries().get(0).amount()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void workingTimeDefaultsRoundTripAndValidate() throws JsonProcessingException {
        WorkingTimeSettings defaults = WorkingTimeSettings.defaults();
        String json = Json.mapper().writeValueAsString(defaults);
        assertThat(Json.mapper().readValue(json, WorkingTimeSettings.class)).isEqualTo(defaults);
        Problems none = new Problems();
        defaults.validate(none);
        assertThat(none.list()).isEmpty();

        WorkingTimeSettings bad = Json.mapper().readValue(
                "{\"timeZone\":\"Mars/Olympus\",\"workingDays\":[],\"dayStart\":\"18:00\",\"dayEnd\":\"09:00\"}",
                WorkingTimeSettings.class);
        Problems problems = new Problems();
        bad.validate(problems.at("workingTime"));
        assertThat(problems.list()).extracting(Problem::field)
                .containsExactly("workingTime.timeZone", "workingTime.workingDays", "workingTime.dayEnd");
    }
}
