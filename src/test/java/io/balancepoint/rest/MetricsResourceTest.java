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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A project's dashboard metrics over real HTTP, on three SD tickets resolved in March 2026 written through TicketWriter. */
class MetricsResourceTest extends StoredApiTest {

    static final String MARCH = "from=2026-03-01&until=2026-04-01";

    /** A resolved SD ticket whose whole cost is labour. */
    static TicketFacts resolved(long id, String channel, String cost, FcrStatus fcr, String day) {
        Instant created = Instant.parse(day + "T08:00:00Z");
        Money total = Money.of(cost, "EUR");
        return new TicketFacts(id, "SD-" + id, "SD", "Password reset", channel, "Medium", "cust-" + id, "Org 1", "GOLD", "L1",
                created, created.plusSeconds(3600), "Done", true, "bob", total, Map.of(CostCategory.LABOUR, total), 1800,
                false, 1, 0, 0, Duration.ofMinutes(10), Duration.ofHours(1), 5, fcr);
    }

    static void writeDesk(io.balancepoint.store.testing.StoreNode stores) {
        for (TicketFacts ticket : List.of(resolved(1, "email", "100.00", FcrStatus.FCR, "2026-03-03"),
                resolved(2, "email", "50.00", FcrStatus.NOT_FCR, "2026-03-10"),
                resolved(3, "chat", "30.00", FcrStatus.FCR, "2026-03-17"))) {
            CostLine labour = new CostLine("worklog:" + ticket.issueId(), CostCategory.LABOUR, ticket.totalCost(), BigDecimal.ONE,
                    "item", null, RateSource.DEFAULT, ticket.created(), false, null, null);
            stores.writer().write(ticket.issueId(), List.of(labour), ticket);
        }
    }

    @BeforeEach
    void desk() {
        writeDesk(stores());
    }

    private JsonNode ok(String path) {
        ApiClient.ApiResponse response = client().get("projects/SD/metrics/" + path).as(Persona.LEAD).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> error(String path, int status) {
        return ErrorShape.assertError(client().get("projects/SD/metrics/" + path).as(Persona.LEAD).send(), status);
    }

    @Test
    void theTrendHasAPointPerPeriodAndTheOverallFigures() {
        JsonNode monthly = ok("trend?" + MARCH);
        JsonNode weekly = ok("trend?" + MARCH + "&granularity=week");

        assertThat(monthly.get("points")).hasSize(1);
        assertThat(monthly.at("/overall/measures/resolved").asLong()).isEqualTo(3);
        assertThat(monthly.at("/overall/measures/fcr").asLong()).isEqualTo(2);
        assertThat(monthly.at("/overall/measures/totalCost/amount").decimalValue()).isEqualByComparingTo("180");
        // whole ISO weeks: 2026-02-23 .. 2026-04-06
        assertThat(weekly.get("points")).hasSize(6);
        assertThat(weekly.at("/covered/from").asText()).isEqualTo("2026-02-23");
    }

    @Test
    void filtersRestrictTheTicketsCounted() {
        JsonNode chat = ok("costs?" + MARCH + "&channel=chat");
        JsonNode both = ok("costs?" + MARCH + "&channel=chat&channel=email");

        assertThat(chat.at("/ticketCost/amount").decimalValue()).isEqualByComparingTo("30");
        assertThat(both.at("/ticketCost/amount").decimalValue()).isEqualByComparingTo("180");
    }

    @Test
    void breakdownsChannelsAndCostAxes() {
        JsonNode byChannel = ok("breakdown?" + MARCH + "&dimension=channel");
        JsonNode gradient = ok("channels?" + MARCH);
        JsonNode byAxis = ok("costs?" + MARCH + "&axis=channel");

        assertThat(byChannel.get("slices")).extracting(s -> s.get("value").asText()).containsExactlyInAnyOrder("email", "chat");
        assertThat(gradient.get("channels")).hasSize(2);
        assertThat(byAxis.get("shares")).extracting(s -> s.get("key").asText()).containsExactly("email", "chat");
        assertThat(byAxis.at("/shares/0/cost/amount").decimalValue()).isEqualByComparingTo("150");
    }

    @Test
    void roiBalancePointAndAnomaliesAnswer() {
        assertThat(ok("roi?month=2026-03").get("projectKey").asText()).isEqualTo("SD");
        assertThat(ok("balance-point?" + MARCH).isObject()).isTrue();
        JsonNode anomalies = ok("anomalies?asOf=2026-03-31T00:00:00Z&limit=10");
        assertThat(anomalies.get("limit").asInt()).isEqualTo(10);
        assertThat(anomalies.get("items").isArray()).isTrue();
    }

    @Test
    void aProjectWithoutBudgetTargetsHasNoBudgetReport() {
        assertThat(error("budget?fiscalYear=2026", 404)).isEmpty();
    }

    @Test
    void badParametersNameTheParameter() {
        assertThat(error("trend", 422)).containsExactly("from: is required", "until: is required");
        assertThat(error("trend?from=2026-03-10&until=2026-03-01", 422)).containsExactly("until: must be after from");
        assertThat(error("trend?from=2026-13-01&until=2026-04-01", 400)).containsExactly(
                "from: must be a date like 2026-01-31, was \"2026-13-01\"");
        assertThat(error("trend?" + MARCH + "&granularity=fortnight", 400)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("granularity: must be day, week"));
        assertThat(error("trend?" + MARCH + "&colour=red", 400)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("colour: is not a parameter of this endpoint"));
        assertThat(error("trend?from=2026-03-01&from=2026-03-02&until=2026-04-01", 400))
                .containsExactly("from: is given more than once");
        assertThat(error("breakdown?" + MARCH, 422)).containsExactly("dimension: is required");
        assertThat(error("breakdown?" + MARCH + "&dimension=organisation", 422)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("dimension: ORGANISATION is not kept"));
        assertThat(error("trend?" + MARCH + "&organisation=Org%201", 422)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("organisation: ORGANISATION is not kept"));
        assertThat(error("trend?from=2000-01-01&until=2026-01-01&granularity=day", 422)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("from: spans"));
        assertThat(error("budget?tolerancePercent=-1", 422)).containsExactly("tolerancePercent: must be between 0 and 1000");
        assertThat(error("roi?month=March", 400)).containsExactly("month: must be a month like 2026-03");
        assertThat(error("anomalies?limit=0", 422)).containsExactly("limit: must be between 1 and 200");
    }

    @Test
    void anotherTeamsProjectIsNotFoundAndAnAgentIsRefused() {
        ApiClient.ApiResponse hidden = client().get("projects/OPS/metrics/trend?" + MARCH).as(Persona.AGENT).send();
        ApiClient.ApiResponse missing = client().get("projects/NOPE/metrics/trend?" + MARCH).as(Persona.AGENT).send();
        ErrorShape.assertError(hidden, 404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        ErrorShape.assertError(client().get("projects/SD/metrics/trend?" + MARCH).as(Persona.AGENT).send(), 403);
        // the lead browses OPS but does not lead it
        ErrorShape.assertError(client().get("projects/OPS/metrics/trend?" + MARCH).as(Persona.LEAD).send(), 403);
    }
}
