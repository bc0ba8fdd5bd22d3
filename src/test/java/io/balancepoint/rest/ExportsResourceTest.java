package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV and JSON exports of cost lines and ticket facts over real HTTP on HSQLDB. */
class ExportsResourceTest extends StoredApiTest {

    static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");

    @BeforeEach
    void data() {
        MetricsResourceTest.writeDesk(stores()); // tickets 1..3 of SD, one labour line each
        stores().ledger().addManualLine(2, "SD", manual("a", "=HYPERLINK(\"http://evil\",\"click\")"));
        stores().ledger().addManualLine(2, "SD", manual("b", "-2+3, then @SUM(A1)"));
        stores().ledger().addManualLine(2, "SD", manual("c", "\tline one\nline two"));
        stores().ledger().addManualLine(9, "OPS", manual("d", "plain"));
    }

    static CostLine manual(String id, String note) {
        return new CostLine("manual:" + id, CostCategory.MATERIAL, Money.of("5.50", "EUR"), BigDecimal.ONE, "item", null,
                RateSource.MANUAL, AT, false, note, "ada");
    }

    private ApiClient.ApiResponse get(String path) {
        return client().get(path).as(Persona.ADMIN).send();
    }

    @Test
    void costLinesAsCsvWithFormulasNeutralised() {
        ApiClient.ApiResponse csv = get("exports/cost-lines?project=SD");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"balance-point-cost-lines.csv\"");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(
                "issueId,projectKey,sourceKey,category,amount,currency,quantity,unit,rateApplied,rateSource,occurredAt,estimated,note,author");
        assertThat(lines).hasSize(1 + 3 + 3);
        assertThat(lines.get(1)).isEqualTo("1,SD,worklog:1,LABOUR,100.00,EUR,1,item,,DEFAULT,2026-03-03T08:00:00Z,false,,");
        assertThat(lines.get(2)).isEqualTo(
                "2,SD,manual:a,MATERIAL,5.50,EUR,1,item,,MANUAL,2026-03-03T09:00:00Z,false,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",ada");
        assertThat(lines.get(3)).endsWith(",\"'-2+3, then @SUM(A1)\",ada");
        assertThat(csv.body()).contains(",\"'\tline one\nline two\",ada\r\n");
        assertThat(csv.body()).doesNotContain("OPS");
    }

    @Test
    void costLinesAsJson() {
        ApiClient.ApiResponse response = get("exports/cost-lines?format=json");

        assertThat(response.status()).isEqualTo(200);
        JsonNode lines = response.json();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(lines.get(6).get("projectKey").asText()).isEqualTo("OPS");
        assertThat(lines.get(1).get("note").asText()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
    }

    @Test
    void ticketFactsAsCsvAndJson() {
        List<String> csv = List.of(get("exports/ticket-facts").body().split("\r\n"));
        JsonNode json = get("exports/ticket-facts?format=json&project=SD").json();

        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("issueId,issueKey,projectKey,").contains(",costLABOUR,costCONTACT,");
        assertThat(csv.get(1)).startsWith("1,SD-1,SD,Password reset,email,Medium,cust-1,Org 1,GOLD,L1,2026-03-03T08:00:00Z,");
        assertThat(json).hasSize(3);
        assertThat(json.get(2).get("totalCost").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(json.get(2).get("costLABOUR").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(json.get(2).get("fcrStatus").asText()).isEqualTo("FCR");
        assertThat(json.get(2).get("resolutionTime").asText()).isEqualTo("PT1H");
    }

    @Test
    void badParametersAreRefused() {
        assertThat(ErrorShape.assertError(get("exports/cost-lines?format=xlsx"), 400)).containsExactly("format: must be csv or json");
        assertThat(ErrorShape.assertError(get("exports/ticket-facts?project=sd"), 422))
                .containsExactly("project: must be a project key such as SD");
    }
}
