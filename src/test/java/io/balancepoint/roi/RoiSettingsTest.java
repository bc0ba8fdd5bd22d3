package io.balancepoint.roi;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoiSettingsTest {

    @Test
    void defaultsFollowTheSpecAndAreValid() {
        RoiSettings d = RoiSettings.defaults();
        assertThat(d.discountRate()).isEqualByComparingTo("0.10");
        assertThat(d.defaultLoyaltyYears()).isEqualTo(5);
        assertThat(d.satisfactionMethod()).isEqualTo(SatisfactionMethod.LINEAR);
        assertThat(d.loyalThreshold()).isEqualByComparingTo("85");
        assertThat(d.disloyalThreshold()).isEqualByComparingTo("50");
        assertThat(d.internalDesk().impactSharePercentByPriority()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Highest", BigDecimal.valueOf(100), "High", BigDecimal.valueOf(50),
                "Medium", BigDecimal.valueOf(25), "Low", BigDecimal.valueOf(10)));
        Problems problems = new Problems();
        d.validate(problems);
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String json = Json.mapper().writeValueAsString(RoiSettings.defaults());
        assertThat(Json.mapper().readValue(json, RoiSettings.class)).isEqualTo(RoiSettings.defaults());
        assertThat(json).contains("\"satisfactionMethod\":\"LINEAR\"").contains("\"discountRate\":0.10");
    }

    @Test
    void aFilledSectionSurvivesAJsonRoundTrip() throws Exception {
        RoiSettings d = RoiSettings.defaults();
        RoiSettings filled = new RoiSettings(List.of(new TierValue("Gold", new BigDecimal("1000"), 7), new TierValue("Basic", new BigDecimal("120.50"), null)),
                4, new BigDecimal("0.08"), SatisfactionMethod.TOP_TWO_BOX, BigDecimal.valueOf(90), BigDecimal.valueOf(40),
                new InternalDeskSettings(List.of("IT"), d.internalDesk().impactSharePercentByPriority(), new BigDecimal("55.25"),
                        d.internalDesk().targetResolutionHoursByPriority(), Map.of("Access", "L2")),
                Map.of("app", BigDecimal.valueOf(-22)));
        String json = Json.mapper().writeValueAsString(filled);
        assertThat(Json.mapper().readValue(json, RoiSettings.class)).isEqualTo(filled);
    }

    @Test
    void missingListsAndMapsBecomeEmptyAndMissingValuesAreReported() throws Exception {
        RoiSettings read = Json.mapper().readValue("{\"internalDesk\":{}}", RoiSettings.class);
        assertThat(read.tierValues()).isEmpty();
        assertThat(read.channelSatisfactionChange()).isEmpty();
        assertThat(read.internalDesk().projectKeys()).isEmpty();
        Problems problems = new Problems();
        read.validate(problems);
        assertThat(problems.list()).extracting(Problem::field)
                .containsExactlyInAnyOrder("discountRate", "satisfactionMethod", "loyalThreshold", "disloyalThreshold");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        Map<String, BigDecimal> shares = new HashMap<>();
        shares.put("High", BigDecimal.valueOf(150));
        shares.put("Low", null);
        Map<String, BigDecimal> changes = new HashMap<>();
        changes.put("app", BigDecimal.valueOf(-120));
        RoiSettings bad = new RoiSettings(
                Arrays.asList(new TierValue("Gold", new BigDecimal("-1"), 0), null, new TierValue("Gold", BigDecimal.TEN, null),
                        new TierValue(" ", null, null)),
                null, new BigDecimal("10"), SatisfactionMethod.LINEAR, BigDecimal.valueOf(50), BigDecimal.valueOf(60),
                new InternalDeskSettings(List.of("IT", "IT"), shares, null, Map.of("High", BigDecimal.valueOf(-2)), null),
                changes);
        Problems problems = new Problems();
        bad.validate(problems);
        assertThat(problems.list()).containsExactlyInAnyOrder(
                new Problem("tierValues[0].yearlyProfit", "must not be negative"),
                new Problem("tierValues[0].loyaltyYears", "must be between 1 and 100 years"),
                new Problem("tierValues[1]", "must not be null"),
                new Problem("tierValues[2].loyaltyYears", "is required when defaultLoyaltyYears is not set"),
                new Problem("tierValues[2].tier", "duplicates tierValues[0] (Gold)"),
                new Problem("tierValues[3].tier", "is required"),
                new Problem("tierValues[3].yearlyProfit", "is required"),
                new Problem("tierValues[3].loyaltyYears", "is required when defaultLoyaltyYears is not set"),
                new Problem("discountRate", "must be between 0 and 1 (a fraction: 0.10 = 10 %)"),
                new Problem("disloyalThreshold", "must be below loyalThreshold (50)"),
                new Problem("internalDesk.projectKeys[1]", "is listed twice (IT)"),
                new Problem("internalDesk.impactSharePercentByPriority.High", "must be between 0 and 100"),
                new Problem("internalDesk.impactSharePercentByPriority.Low", "is required"),
                new Problem("internalDesk.employeeHourlyCost", "is required when projectKeys is not empty"),
                new Problem("internalDesk.targetResolutionHoursByPriority.High", "must not be negative"),
                new Problem("channelSatisfactionChange.app", "must be between -100 and 100 (satisfaction index points)"));
    }

    @Test
    void aMissingInternalDeskSectionIsReported() {
        RoiSettings d = RoiSettings.defaults();
        RoiSettings noDesk = new RoiSettings(d.tierValues(), d.defaultLoyaltyYears(), d.discountRate(), d.satisfactionMethod(),
                d.loyalThreshold(), d.disloyalThreshold(), null, null);
        Problems problems = new Problems();
        noDesk.validate(problems);
        assertThat(problems.list()).containsExactly(new Problem("internalDesk", "is required"));
    }

    @Test
    void tierLoyaltyYearsFallBackToTheDefault() {
        RoiSettings s = RoiTestData.settings("0.10", RoiTestData.tier("Gold", "1000", 8), RoiTestData.tier("Basic", "10", null));
        assertThat(s.loyaltyYearsOf(s.tierValue("Gold").orElseThrow())).isEqualTo(8);
        assertThat(s.loyaltyYearsOf(s.tierValue("Basic").orElseThrow())).isEqualTo(5);
        assertThat(s.tierValue("Silver")).isEmpty();
    }

    @Test
    void tiersAreOrderedAsConfiguredThenByNameThenNoTier() {
        RoiSettings s = RoiTestData.settings("0.10", RoiTestData.tier("Gold", "1", null), RoiTestData.tier("Basic", "1", null));
        List<String> tiers = Arrays.asList(null, "Zinc", "Basic", "Amber", "Gold");
        tiers.sort(s.tierOrder());
        assertThat(tiers).containsExactly("Gold", "Basic", "Amber", "Zinc", null);
    }
}
