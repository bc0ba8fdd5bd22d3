package io.balancepoint.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetSettingsTest {

    private final ObjectMapper json = Json.mapper();

    private static ProjectTargets helpdesk2026() {
        return new ProjectTargets("HELP", 2026, new BigDecimal("120000.00"), new BigDecimal("25.00"),
                new BigDecimal("0.75"), new BigDecimal("4.2"), List.of(
                new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("33.33")),
                new SpaceShare(SpaceDimension.TEAM, "beta", new BigDecimal("33.33")),
                new SpaceShare(SpaceDimension.TEAM, "gamma", new BigDecimal("33.34")),
                new SpaceShare(SpaceDimension.SUPPORT_TIER, "L1", new BigDecimal("100"))));
    }

    private static List<Problem> problemsOf(BudgetSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsAreACalendarYearWithWorkingDayWeightingAndNoTargets() {
        BudgetSettings defaults = BudgetSettings.defaults();

        assertThat(defaults.fiscalCalendar()).isEqualTo(
                new FiscalCalendarSettings(FiscalCalendarMode.CALENDAR_MONTHS, Month.JANUARY, DayOfWeek.MONDAY));
        assertThat(defaults.timeWeighting()).isEqualTo(TimeWeighting.WORKING_DAYS);
        assertThat(defaults.projects()).isEmpty();
        assertThat(problemsOf(defaults)).isEmpty();
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String text = json.writeValueAsString(BudgetSettings.defaults());

        assertThat(text).contains("\"mode\":\"CALENDAR_MONTHS\"", "\"firstMonth\":\"JANUARY\"",
                "\"weekStartDay\":\"MONDAY\"", "\"timeWeighting\":\"WORKING_DAYS\"");
        assertThat(json.readValue(text, BudgetSettings.class)).isEqualTo(BudgetSettings.defaults());
    }

    @Test
    void filledSettingsSurviveAJsonRoundTripAndAreValid() throws Exception {
        BudgetSettings settings = new BudgetSettings(
                new FiscalCalendarSettings(FiscalCalendarMode.WEEKS_454, Month.FEBRUARY, DayOfWeek.SUNDAY),
                TimeWeighting.CALENDAR_DAYS, List.of(helpdesk2026()));

        String text = json.writeValueAsString(settings);

        assertThat(text).contains("\"costBudget\":120000.00", "\"sharePercent\":33.34", "\"dimension\":\"SUPPORT_TIER\"");
        assertThat(json.readValue(text, BudgetSettings.class)).isEqualTo(settings);
        assertThat(problemsOf(settings)).isEmpty();
    }

    @Test
    void missingAndNullInputIsReportedNotThrown() throws Exception {
        BudgetSettings settings = json.readValue("""
                {"fiscalCalendar": {"mode": "WEEKS_445"},
                 "projects": [null, {"projectKey": " ", "shares": null}]}
                """, BudgetSettings.class);

        assertThat(settings.projects().get(1).shares()).isEmpty();
        assertThat(problemsOf(settings)).containsExactly(
                new Problem("fiscalCalendar.firstMonth", "is required"),
                new Problem("fiscalCalendar.weekStartDay", "is required"),
                new Problem("timeWeighting", "is required"),
                new Problem("projects[0]", "must not be null"),
                new Problem("projects[1].projectKey", "must not be blank"),
                new Problem("projects[1].fiscalYear", "is required"),
                new Problem("projects[1].costBudget", "is required"));
    }

    @Test
    void everyProblemOfTheTargetsIsReportedAtOnce() {
        ProjectTargets wrong = new ProjectTargets("HELP", 26, new BigDecimal("-1"), new BigDecimal("-0.01"),
                new BigDecimal("75"), new BigDecimal("0"), List.of(
                new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("60")),
                new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("30")),
                new SpaceShare(SpaceDimension.AGENT, "ann", new BigDecimal("-5")),
                new SpaceShare(SpaceDimension.AGENT, "bob", new BigDecimal("105")),
                new SpaceShare(null, "", null)));
        BudgetSettings settings = new BudgetSettings(FiscalCalendarSettings.defaults(), TimeWeighting.EQUAL,
                List.of(helpdesk2026(), wrong, helpdesk2026()));

        assertThat(problemsOf(settings)).containsExactly(
                new Problem("projects[1].fiscalYear", "must be a four-digit year"),
                new Problem("projects[1].costBudget", "must not be negative"),
                new Problem("projects[1].targetCostPerResolution", "must not be negative"),
                new Problem("projects[1].targetFcr", "must be between 0 and 1 (a rate: 0.75 = 75 %)"),
                new Problem("projects[1].targetCsat", "must be between 1 and 5"),
                new Problem("projects[1].shares[2].sharePercent", "must not be negative"),
                new Problem("projects[1].shares[3].sharePercent", "must not exceed 100"),
                new Problem("projects[1].shares[4].dimension", "is required"),
                new Problem("projects[1].shares[4].key", "must not be blank"),
                new Problem("projects[1].shares[4].sharePercent", "is required"),
                new Problem("projects[1].shares[1].key", "duplicates shares[0] (TEAM alpha)"),
                new Problem("projects[1].shares", "TEAM shares add up to 90 %, must add up to exactly 100"),
                new Problem("projects[2].fiscalYear", "duplicates projects[0] (HELP FY2026)"));
    }

    @Test
    void sharesMustAddUpToExactlyOneHundredPerDimension() {
        ProjectTargets almost = new ProjectTargets("HELP", 2026, BigDecimal.TEN, null, null, null, List.of(
                new SpaceShare(SpaceDimension.TEAM, "alpha", new BigDecimal("50.00")),
                new SpaceShare(SpaceDimension.TEAM, "beta", new BigDecimal("49.99")),
                new SpaceShare(SpaceDimension.AGENT, "ann", new BigDecimal("100.00"))));
        Problems problems = new Problems();

        almost.validate(problems);

        assertThat(problems.list()).containsExactly(
                new Problem("shares", "TEAM shares add up to 99.99 %, must add up to exactly 100"));
    }

    @Test
    void ratioTargetsAreOptionalAndBoundariesAreAllowed() {
        ProjectTargets onlyBudget = new ProjectTargets("HELP", 2026, BigDecimal.ZERO, null, null, null, null);
        ProjectTargets boundaries = new ProjectTargets("HELP", 2027, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ONE, new BigDecimal("5"), List.of());
        BudgetSettings settings = new BudgetSettings(FiscalCalendarSettings.defaults(), TimeWeighting.WORKING_DAYS,
                List.of(onlyBudget, boundaries));

        assertThat(problemsOf(settings)).isEmpty();
        assertThat(boundaries.sharesOf(SpaceDimension.TEAM)).isEmpty();
        assertThat(helpdesk2026().sharesOf(SpaceDimension.TEAM)).extracting(SpaceShare::key)
                .containsExactly("alpha", "beta", "gamma");
    }
}
