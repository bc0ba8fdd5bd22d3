package io.balancepoint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverheadSettingsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    private static List<Problem> problemsOf(OverheadSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    private static OverheadRule rule(String project, String uplift, String perTicket, LocalDate from, LocalDate until) {
        return new OverheadRule(project, uplift == null ? null : new BigDecimal(uplift),
                perTicket == null ? null : new BigDecimal(perTicket), from, until);
    }

    @Test
    void defaultsAreNoOverheadAndValid() {
        assertThat(OverheadSettings.defaults().rules()).isEmpty();
        assertThat(OverheadSettings.defaults().periodOverheads()).isEmpty();
        assertThat(problemsOf(OverheadSettings.defaults())).isEmpty();
    }

    @Test
    void settingsSurviveAJsonRoundTrip() throws Exception {
        OverheadSettings settings = new OverheadSettings(
                List.of(rule(null, "15", null, JAN, null), rule("SD", null, "5.00", JAN, FEB)),
                List.of(new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("1200.00"), "licences")));
        String json = Json.mapper().writeValueAsString(settings);
        assertThat(json).contains("\"month\":\"2026-01\"", "\"perResolvedTicket\":5.00");
        assertThat(Json.mapper().readValue(json, OverheadSettings.class)).isEqualTo(settings);
        String defaults = Json.mapper().writeValueAsString(OverheadSettings.defaults());
        assertThat(Json.mapper().readValue(defaults, OverheadSettings.class)).isEqualTo(OverheadSettings.defaults());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        OverheadSettings settings = new OverheadSettings(
                Arrays.asList(
                        rule(null, null, null, JAN, null),                  // no amount
                        rule(" ", "-1", "-2", null, null),                   // blank project, negatives, no from
                        rule("SD", "10", null, JAN, MAR),
                        rule("SD", null, "3", FEB, null),                    // overlaps [2]
                        rule("HR", "10", null, FEB, null)),                  // other project: fine
                Arrays.asList(
                        new PeriodOverhead(null, null, new BigDecimal("-5"), null),
                        null));
        assertThat(problemsOf(settings)).containsExactlyInAnyOrder(
                new Problem("rules[0].upliftPercent", "give upliftPercent, perResolvedTicket or both"),
                new Problem("rules[1].projectKey", "must not be blank; leave it empty for all projects"),
                new Problem("rules[1].upliftPercent", "must not be negative"),
                new Problem("rules[1].perResolvedTicket", "must not be negative"),
                new Problem("rules[1].from", "is required"),
                new Problem("rules[3]", "overlaps rules[2] (2026-01-01..2026-03-01) for the same key"),
                new Problem("periodOverheads[0].projectKey", "is required"),
                new Problem("periodOverheads[0].month", "is required"),
                new Problem("periodOverheads[0].amount", "must not be negative"),
                new Problem("periodOverheads[1]", "must not be null"));
    }

    @Test
    void allProjectsRulesOverlapEachOther() {
        OverheadSettings settings = new OverheadSettings(
                List.of(rule(null, "10", null, JAN, null), rule(null, "12", null, FEB, null)), List.of());
        assertThat(problemsOf(settings)).containsExactly(
                new Problem("rules[1]", "overlaps rules[0] (2026-01-01..open) for the same key"));
    }

    @Test
    void aProjectRuleBeatsTheAllProjectsRuleOnlyWhileInForce() {
        OverheadRule global = rule(null, "10", "2", JAN, null);
        OverheadRule sd = rule("SD", "20", null, FEB, MAR);
        OverheadSettings settings = new OverheadSettings(List.of(global, sd), List.of());
        assertThat(settings.ruleFor("SD", JAN)).contains(global);
        assertThat(settings.ruleFor("SD", FEB)).contains(sd);
        assertThat(settings.ruleFor("SD", MAR.minusDays(1))).contains(sd);
        assertThat(settings.ruleFor("SD", MAR)).contains(global);
        assertThat(settings.ruleFor("HR", FEB)).contains(global);
        assertThat(settings.ruleFor("HR", JAN.minusDays(1))).isEmpty();
    }

    @Test
    void periodOverheadSumsTheProjectsEntriesForTheMonth() {
        OverheadSettings settings = new OverheadSettings(List.of(), List.of(
                new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("1200.00"), "licences"),
                new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("300.50"), "training"),
                new PeriodOverhead("SD", YearMonth.of(2026, 2), new BigDecimal("999"), null),
                new PeriodOverhead("HR", YearMonth.of(2026, 1), new BigDecimal("50"), null)));
        assertThat(settings.periodOverhead("SD", YearMonth.of(2026, 1), EUR)).isEqualTo(Money.of("1500.50", "EUR"));
        assertThat(settings.periodOverhead("HR", YearMonth.of(2026, 1), EUR)).isEqualTo(Money.of("50", "EUR"));
        assertThat(settings.periodOverhead("SD", YearMonth.of(2026, 3), EUR)).isEqualTo(Money.zero(EUR));
        assertThat(settings.periodOverhead("XX", YearMonth.of(2026, 1), EUR)).isEqualTo(Money.zero(EUR));
    }
}
