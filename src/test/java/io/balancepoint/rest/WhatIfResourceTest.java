package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The what-if endpoints over HTTP, with SPEC's figures. */
class WhatIfResourceTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void staffingMeetsSpecsReferenceFigures() {
        ApiClient.ApiResponse response = api.client().post("whatif/staffing").as(Persona.LEAD).json(RequestBodies.STAFFING).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode plan = response.json().get("plan");
        assertThat(plan.get("trafficIntensity").asDouble()).isEqualTo(10.0);
        assertThat(plan.get("requiredAgents").asInt()).isEqualTo(14);
        assertThat(plan.get("scheduledAgents").asInt()).isEqualTo(20);
        JsonNode performance = plan.get("performance");
        assertThat(performance.get("probabilityOfWaiting").asDouble()).isCloseTo(0.1741, within(0.00005));
        assertThat(performance.get("serviceLevel").asDouble()).isCloseTo(0.888, within(0.0005));
        assertThat(performance.get("occupancy").asDouble()).isCloseTo(0.714, within(0.0005));
        assertThat(performance.get("averageSpeedOfAnswerSeconds").asDouble()).isCloseTo(7.84, within(0.005));
        // 20 scheduled agents × 30 EUR × half an hour
        assertThat(plan.get("labourCost").get("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(plan.get("labourCost").get("currency").asText()).isEqualTo("EUR");
        // the scenario answered is echoed
        assertThat(plan.get("scenario").get("interval").asText()).isEqualTo("PT30M");

        JsonNode compared = response.json().get("compared");
        assertThat(compared).hasSize(2);
        assertThat(compared.get(0).get("agents").asInt()).isEqualTo(13);
        // 13 agents answer 79.56 % in 20 s: just short of the target
        assertThat(compared.get(0).get("serviceLevel").asDouble()).isCloseTo(0.7956, within(0.00005));
        assertThat(compared.get(1).get("serviceLevel").asDouble()).isCloseTo(0.888, within(0.0005));
    }

    @Test
    void anOverloadedComparisonIsReportedUnstableNotAsAnError() {
        String body = RequestBodies.STAFFING.replace("[13, 14]", "[0, 10]");
        JsonNode compared = api.client().post("whatif/staffing").as(Persona.ADMIN).json(body).send().json().get("compared");
        assertThat(compared.get(1).get("stable").asBoolean()).isFalse();
        assertThat(compared.get(1).get("serviceLevel").asDouble()).isZero();
        assertThat(compared.get(1).get("averageSpeedOfAnswerSeconds").isNull()).isTrue();
    }

    @Test
    void channelShiftMatchesTheWorkedExampleWithTheAdminsSatisfactionChange() {
        ApiClient.ApiResponse response = api.client().post("whatif/channel-shift").as(Persona.GROUP_LEAD)
                .json(RequestBodies.CHANNEL_SHIFT).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("movedContacts").decimalValue()).isEqualByComparingTo("500");
        assertThat(result.get("costBefore").get("amount").decimalValue()).isEqualByComparingTo("7600");
        assertThat(result.get("costAfter").get("amount").decimalValue()).isEqualByComparingTo("4850");
        assertThat(result.get("resolutionsAfter").decimalValue()).isEqualByComparingTo("520");
        assertThat(cents(result.get("costPerResolutionBefore").get("amount").decimalValue())).isEqualTo("11.34");
        assertThat(cents(result.get("costPerResolutionAfter").get("amount").decimalValue())).isEqualTo("9.33");
        assertThat(cents(result.get("costPerResolutionChangePercent").decimalValue())).isEqualTo("-17.78");
        // the app's −22 points come from the settings, not the request
        assertThat(result.get("satisfactionChangePerMovedContact").decimalValue()).isEqualByComparingTo("-22");
        assertThat(cents(result.get("satisfactionChangeOverall").decimalValue())).isEqualTo("-6.47");
    }

    private static String cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
