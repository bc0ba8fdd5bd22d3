package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.AuditAction;
import io.balancepoint.store.AuditEntry;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.testing.StoreNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ticket's cost, facts and manual direct costs over real HTTP on HSQLDB. */
class TicketResourceTest extends StoredApiTest {

    static final long SD_ID = Persona.SD_TICKET_ID;
    static final Instant WORKED = Instant.parse("2026-03-01T09:00:00Z");
    static final String REFUND = "{\"category\": \"COMPENSATION\", \"amount\": 25.00, \"note\": \"goodwill refund\"}";

    /** 1.5 hours at an individual rate of 47.50. */
    static CostLine labour() {
        return new CostLine("worklog:1", CostCategory.LABOUR, Money.of("71.25", "EUR"), new BigDecimal("5400"), "second",
                new BigDecimal("47.50"), RateSource.USER, WORKED, false, null, null);
    }

    static TicketFacts facts() {
        Money total = Money.of("71.25", "EUR");
        return new TicketFacts(SD_ID, Persona.SD_TICKET, "SD", "Password reset", "email", "Medium", "cust-1", "Org 1",
                "GOLD", "L1", WORKED, null, null, false, null, total, Map.of(CostCategory.LABOUR, total), 5400, false,
                1, 0, 0, Duration.ofMinutes(42), null, null, FcrStatus.OPEN);
    }

    /** A DELETE has no JSON body, so it carries the XSRF header, as the UI sends it. */
    private ApiClient.Request delete(String path) {
        return client().method("DELETE", path).header("X-Atlassian-Token", "no-check");
    }

    private ApiClient.ApiResponse add(String user, String body) {
        return client().post("tickets/" + Persona.SD_TICKET + "/costs").as(user).json(body).send();
    }

    @Test
    void theCostOfATicketWithoutLinesIsZero() {
        JsonNode cost = client().get("tickets/SD-1/cost").as(Persona.AGENT).send().json();

        assertThat(cost.get("ticket").asText()).isEqualTo("SD-1");
        assertThat(cost.get("total").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(cost.get("total").get("currency").asText()).isEqualTo("EUR");
        assertThat(cost.get("lines")).isEmpty();
    }

    @Test
    void hourlyRatesAreShownOnlyToRateViewers() {
        stores().ledger().replaceComputedLines(SD_ID, "SD", List.of(labour()));

        JsonNode agent = client().get("tickets/SD-1/cost").as(Persona.AGENT).send().json();
        JsonNode payroll = client().get("tickets/SD-1/cost").as(Persona.PAYROLL).send().json();

        assertThat(agent.get("ratesShown").asBoolean()).isFalse();
        assertThat(agent.at("/lines/0/rateApplied").isNull()).isTrue();
        assertThat(agent.at("/lines/0/amount/amount").decimalValue()).isEqualByComparingTo("71.25");
        assertThat(agent.at("/byCategory/LABOUR/amount").decimalValue()).isEqualByComparingTo("71.25");
        assertThat(agent.toString()).doesNotContain("47.5");
        assertThat(payroll.get("ratesShown").asBoolean()).isTrue();
        assertThat(payroll.at("/lines/0/rateApplied").decimalValue()).isEqualByComparingTo("47.50");
    }

    @Test
    void theCostAnswerSaysWhetherTheCallerMayAddCostsAndAgreesWithTheAddEndpoint() {
        // by default agents may not add direct costs; a project lead may
        JsonNode agent = client().get("tickets/SD-1/cost").as(Persona.AGENT).send().json();
        JsonNode lead = client().get("tickets/SD-1/cost").as(Persona.LEAD).send().json();

        assertThat(agent.get("canAddCosts").asBoolean()).isFalse();
        assertThat(add(Persona.AGENT, REFUND).status()).isEqualTo(403);
        assertThat(lead.get("canAddCosts").asBoolean()).isTrue();
        assertThat(add(Persona.LEAD, REFUND).status()).isEqualTo(201);
    }

    @Test
    void aManualCostIsStoredAuditedAndTheTicketRequeued() {
        stores().ledger().replaceComputedLines(SD_ID, "SD", List.of(labour()));

        ApiClient.ApiResponse added = add(Persona.LEAD, REFUND);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asText();
        assertThat(added.header("Location")).endsWith("/tickets/SD-1/costs/" + id);
        assertThat(added.json().get("author").asText()).isEqualTo(Persona.LEAD);
        assertThat(added.json().get("occurredAt").asText()).isEqualTo(NOW.toString());
        JsonNode cost = client().get("tickets/SD-1/cost").as(Persona.LEAD).send().json();
        assertThat(cost.get("total").get("amount").decimalValue()).isEqualByComparingTo("96.25");
        assertThat(cost.at("/byCategory/COMPENSATION/amount").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(recomputed()).containsExactly(SD_ID);
        AuditEntry audit = stores().audit().page(0, 10).get(0).entry();
        assertThat(audit.action()).isEqualTo(AuditAction.MANUAL_COST_ADDED);
        assertThat(audit.actor()).isEqualTo(Persona.LEAD);
        assertThat(audit.subject()).isEqualTo("SD-1");
        assertThat(audit.totalBefore()).isEqualTo(Money.of("71.25", "EUR"));
        assertThat(audit.totalAfter().amount()).isEqualByComparingTo("96.25");
        assertThat(audit.details().get("line").asText()).isEqualTo("manual:" + id);
    }

    @Test
    void aManualCostIsChangedAndDeletedWithAnAuditEntryEach() {
        String id = add(Persona.ADMIN, REFUND).json().get("id").asText();

        ApiClient.ApiResponse changed = client().method("PUT", "tickets/SD-1/costs/" + id).as(Persona.ADMIN)
                .json("{\"category\": \"OUTSOURCING\", \"minutes\": 30, \"pricePerMinute\": 1.50, \"note\": \"vendor\","
                        + " \"occurredAt\": \"2026-02-27T12:00:00Z\"}").send();

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(stores().ledger().lines(SD_ID)).singleElement().satisfies(line -> {
            assertThat(line.amount().amount()).isEqualByComparingTo("45.00");
            assertThat(line.category()).isEqualTo(CostCategory.OUTSOURCING);
            assertThat(line.occurredAt()).isEqualTo(Instant.parse("2026-02-27T12:00:00Z"));
        });
        assertThat(delete("tickets/SD-1/costs/" + id).as(Persona.ADMIN).send().status()).isEqualTo(204);
        assertThat(stores().ledger().lines(SD_ID)).isEmpty();
        assertThat(stores().audit().page(0, 10)).extracting(r -> r.entry().action()).containsExactly(
                AuditAction.MANUAL_COST_DELETED, AuditAction.MANUAL_COST_CHANGED, AuditAction.MANUAL_COST_ADDED);
        assertThat(stores().audit().page(0, 1).get(0).entry().totalAfter().amount()).isEqualByComparingTo("0");
        assertThat(recomputed()).containsExactly(SD_ID, SD_ID, SD_ID);

        ErrorShape.assertError(delete("tickets/SD-1/costs/" + id).as(Persona.ADMIN).send(), 404);
        ErrorShape.assertError(client().method("PUT", "tickets/SD-1/costs/" + id).as(Persona.ADMIN).json(REFUND).send(), 404);
        ErrorShape.assertError(delete("tickets/SD-1/costs/Not_An_Id").as(Persona.ADMIN).send(), 404);
        assertThat(stores().audit().count()).isEqualTo(3);
    }

    @Test
    void computedLinesCannotBeChangedThroughTheApi() {
        stores().ledger().replaceComputedLines(SD_ID, "SD", List.of(labour()));

        ErrorShape.assertError(delete("tickets/SD-1/costs/worklog:1").as(Persona.ADMIN).send(), 404);
        ErrorShape.assertError(delete("tickets/SD-1/costs/1").as(Persona.ADMIN).send(), 404);
        assertThat(stores().ledger().lines(SD_ID)).containsExactly(labour());
    }

    @Test
    void anInvalidCostGetsEveryProblemAndChangesNothing() {
        List<String> errors = ErrorShape.assertError(add(Persona.ADMIN,
                "{\"category\": \"LABOUR\", \"amount\": -3, \"minutes\": 5, \"note\": \" \"}"), 422);

        assertThat(errors).containsExactly(
                "category: must be COMPENSATION, MATERIAL, OUTSOURCING or OTHER; LABOUR lines are computed",
                "amount: give either amount or minutes and pricePerMinute, not both",
                "amount: must be greater than 0; correct a wrong line by editing or deleting it",
                "minutes: only OUTSOURCING may be entered as minutes × pricePerMinute",
                "note: must not be blank");
        assertThat(ErrorShape.assertError(add(Persona.ADMIN,
                "{\"category\": \"OTHER\", \"amount\": 1e13, \"note\": \"" + "n".repeat(1001) + "\"}"), 422))
                .containsExactly("amount: must be at most 1000000000000 in size", "note: must be at most 1000 characters, has 1001");
        assertThat(ErrorShape.assertError(add(Persona.ADMIN, "{\"category\": \"REFUND\", \"amount\": 1, \"note\": \"x\"}"), 400))
                .hasSize(1);
        assertThat(stores().ledger().lines(SD_ID)).isEmpty();
        assertThat(stores().audit().count()).isZero();
        assertThat(recomputed()).isEmpty();
    }

    @Test
    void factsAreThereOnceComputed() {
        ErrorShape.assertError(client().get("tickets/SD-1/facts").as(Persona.AGENT).send(), 404);

        stores().facts().put(facts(), FactsStore.ABSENT);
        JsonNode facts = client().get("tickets/SD-1/facts").as(Persona.AGENT).send().json();

        assertThat(facts.get("issueKey").asText()).isEqualTo("SD-1");
        assertThat(facts.get("totalCost").get("amount").decimalValue()).isEqualByComparingTo("71.25");
        assertThat(facts.get("fcrStatus").asText()).isEqualTo("OPEN");
    }

    @Test
    void aHiddenTicketIsNotFoundExactlyLikeAMissingOne() {
        ApiClient.ApiResponse hidden = client().get("tickets/OPS-7/cost").as(Persona.AGENT).send();
        ApiClient.ApiResponse missing = client().get("tickets/SD-999/cost").as(Persona.AGENT).send();
        ApiClient.ApiResponse nonsense = client().get("tickets/%2E%2E/cost").as(Persona.AGENT).send();

        ErrorShape.assertError(hidden, 404);
        assertThat(hidden.body()).isEqualTo(missing.body()).isEqualTo(nonsense.body());
        ErrorShape.assertError(add(Persona.OUTSIDER, REFUND), 404);
        assertThat(stores().ledger().lines(SD_ID)).isEmpty();
    }

    /** An SD "Password reset" ticket resolved in February 2026 with one line of its total cost. */
    private static void writeResolvedReset(StoreNode stores, long id, String total, long labourSeconds, String resolvedAt) {
        Money cost = Money.of(total, "EUR");
        Instant resolved = Instant.parse(resolvedAt);
        TicketFacts ticket = new TicketFacts(id, "SD-" + id, "SD", "Password reset", "email", "Medium", "cust-" + id, "Org 1",
                "GOLD", "L1", resolved.minus(Duration.ofHours(2)), resolved, "Done", true, "ann", cost,
                Map.of(CostCategory.LABOUR, cost), labourSeconds, false, 1, 0, 0, Duration.ofMinutes(42),
                Duration.ofHours(2), null, FcrStatus.FCR);
        stores.writer().write(id, List.of(new CostLine("worklog:" + id, CostCategory.LABOUR, cost, BigDecimal.ONE, "item",
                null, RateSource.DEFAULT, resolved, false, null, null)), ticket);
    }

    /** {@code usual} usual password resets (600 s each; 40, 50, 60 … EUR) resolved in February 2026. */
    static void writeUsualResets(StoreNode stores, int usual) {
        for (int i = 0; i < usual; i++) {
            writeResolvedReset(stores, 20 + i, String.valueOf(40 + 10 * i), 600, "2026-02-1" + i + "T10:00:00Z");
        }
    }

    /** {@code usual} usual password resets and SD-1, open, at 5400 s and 71.25 EUR. */
    private void writeResetsAndSlowSd1(int usual) {
        writeUsualResets(stores(), usual);
        stores().writer().write(SD_ID, List.of(labour()), facts());
    }

    @Test
    void anAgentSeesTheRequestTypesAverageAndTheAnomalyFlagAsTheAnomalyListHasThem() {
        writeResetsAndSlowSd1(5);

        ApiClient.ApiResponse response = client().get("tickets/SD-1/comparison").as(Persona.AGENT).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode comparison = response.json();

        assertThat(comparison.get("ticket").asText()).isEqualTo("SD-1");
        assertThat(comparison.get("requestType").asText()).isEqualTo("Password reset");
        // the 90 days ending with the clock's day, 2 March 2026
        assertThat(comparison.at("/days/from").asText()).isEqualTo("2025-12-03");
        assertThat(comparison.at("/days/until").asText()).isEqualTo("2026-03-03");
        assertThat(comparison.at("/total/amount").decimalValue()).isEqualByComparingTo("71.25");
        // (40 + 50 + 60 + 70 + 80) / 5; SD-1 is open, so not among the resolved tickets averaged
        assertThat(comparison.at("/averageCost/amount").decimalValue()).isEqualByComparingTo("60");
        assertThat(comparison.at("/averageCost/currency").asText()).isEqualTo("EUR");
        assertThat(comparison.get("averageOf").asLong()).isEqualTo(5);
        assertThat(comparison.get("labourSeconds").asLong()).isEqualTo(5400);
        JsonNode anomaly = comparison.get("anomaly");
        assertThat(anomaly.get("flagged").asBoolean()).isTrue();
        assertThat(anomaly.get("enoughTickets").asBoolean()).isTrue();
        assertThat(anomaly.get("meanLabourSeconds").decimalValue()).isEqualByComparingTo("600");
        assertThat(anomaly.get("sampleSize").asLong()).isEqualTo(5);
        assertThat(anomaly.get("ratio").decimalValue()).isEqualByComparingTo("9");
        assertThat(anomaly.get("k").decimalValue()).isEqualByComparingTo("2");
        assertThat(anomaly.get("windowDays").asInt()).isEqualTo(90);
        assertThat(anomaly.get("minimumSampleSize").asInt()).isEqualTo(5);
        // aggregates only: no other ticket's key, no hourly rate
        assertThat(response.body()).doesNotContain("SD-20").doesNotContain("47.5").doesNotContain("rate");

        JsonNode listed = client().get("projects/SD/metrics/anomalies").as(Persona.LEAD).send().json();
        assertThat(listed.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("issueKey").asText()).isEqualTo("SD-1");
            assertThat(item.get("ratio").decimalValue()).isEqualTo(anomaly.get("ratio").decimalValue());
            assertThat(item.get("baselineMeanSeconds").decimalValue()).isEqualTo(anomaly.get("meanLabourSeconds").decimalValue());
        });
    }

    @Test
    void belowTheMinimumSampleTheComparisonSaysNotEnoughTicketsAndFlagsNothing() {
        writeResetsAndSlowSd1(4);

        JsonNode anomaly = client().get("tickets/SD-1/comparison").as(Persona.AGENT).send().json().get("anomaly");

        assertThat(anomaly.get("enoughTickets").asBoolean()).isFalse();
        assertThat(anomaly.get("flagged").asBoolean()).isFalse();
        assertThat(anomaly.get("sampleSize").asLong()).isEqualTo(4);
        assertThat(anomaly.get("ratio").decimalValue()).isEqualByComparingTo("9");
        assertThat(client().get("projects/SD/metrics/anomalies").as(Persona.LEAD).send().json().get("items")).isEmpty();
    }

    @Test
    void aTicketNotYetComputedHasNoComparisonAndAHiddenOneIsNotFound() {
        ErrorShape.assertError(client().get("tickets/SD-1/comparison").as(Persona.AGENT).send(), 404);
        writeResetsAndSlowSd1(5);
        ErrorShape.assertError(client().get("tickets/SD-1/comparison").as(Persona.OUTSIDER).send(), 404);
        ErrorShape.assertError(client().get("tickets/SD-1/comparison").as(Persona.CUSTOMER).send(), 404);
        ErrorShape.assertError(client().get("tickets/%27%20OR%201=1/comparison").as(Persona.AGENT).send(), 404);
    }
}
