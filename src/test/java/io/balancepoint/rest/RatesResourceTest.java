package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.store.AuditAction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rates over real HTTP on HSQLDB: read, add and end effective-dated entries as settings revisions, the loaded-rate calculator. */
class RatesResourceTest extends StoredApiTest {

    static final String TIER_RATE = "{\"revision\": 0, \"comment\": \"L2 rate\", \"entry\": {\"kind\": \"AGENT_TIER\","
            + " \"key\": \"L2\", \"hourlyRate\": 55.00, \"from\": \"2026-01-01\", \"until\": null, \"note\": \"senior\"}}";
    static final String END_DEFAULT = "{\"revision\": 0, \"until\": \"2026-04-01\"}";
    static final String CALCULATOR = "{\"annualSalary\": 50000, \"benefits\": 12500, \"allocatedOverhead\": 7500,"
            + " \"paidHours\": 2080, \"shrinkagePercent\": 30}";

    private ApiClient.ApiResponse post(String path, String body) {
        return client().post(path).as(Persona.ADMIN).json(body).send();
    }

    @Test
    void theRatesInForceAreListedWithTheirIndex() {
        ApiClient.ApiResponse response = client().get("rates").as(Persona.PAYROLL).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        JsonNode rates = response.json();
        assertThat(rates.get("currency").asText()).isEqualTo("EUR");
        assertThat(rates.at("/entries/0/index").asInt()).isZero();
        assertThat(rates.at("/entries/0/entry/kind").asText()).isEqualTo("DEFAULT");
        assertThat(rates.at("/entries/0/entry/hourlyRate").decimalValue()).isEqualByComparingTo("40.00");
    }

    @Test
    void anEntryIsAddedAsANewSettingsRevision() {
        ApiClient.ApiResponse added = post("rates", TIER_RATE);

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        assertThat(added.json().get("index").asInt()).isEqualTo(1);
        assertThat(stores().settings().current().document().rates().entries()).element(1).isEqualTo(
                new RateEntry(RateKind.AGENT_TIER, "L2", new BigDecimal("55.00"), LocalDate.of(2026, 1, 1), null, "senior"));
        assertThat(stores().settings().current().comment()).isEqualTo("L2 rate");
        assertThat(stores().audit().page(0, 1).get(0).entry().action()).isEqualTo(AuditAction.SETTINGS_CHANGE);
    }

    @Test
    void aNewEntryTakesOverFromTheOpenOneOfTheSameKind() {
        ApiClient.ApiResponse next = client().post("rates").as(Persona.FINANCE).header("If-Match", "\"0\"").json(
                "{\"entry\": {\"kind\": \"DEFAULT\", \"hourlyRate\": 42.00, \"from\": \"2026-04-01\", \"note\": \"2026 budget\"}}").send();

        assertThat(next.status()).as(next.body()).isEqualTo(200);
        List<RateEntry> entries = stores().settings().current().document().rates().entries();
        assertThat(entries).extracting(RateEntry::until).containsExactly(LocalDate.of(2026, 4, 1), null);
        assertThat(entries).extracting(RateEntry::hourlyRate).containsExactly(new BigDecimal("40.00"), new BigDecimal("42.00"));
    }

    @Test
    void anEntryIsEndDated() {
        post("rates", TIER_RATE);

        ApiClient.ApiResponse ended = post("rates/1/end", "{\"revision\": 1, \"until\": \"2026-07-01\", \"comment\": \"L2 merged\"}");

        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(stores().settings().current().document().rates().entries().get(1).until()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ErrorShape.assertError(post("rates/1/end", "{\"revision\": 2, \"until\": \"2026-08-01\"}"), 422))
                .containsExactly("until: must not be after the entry's end 2026-07-01; add a new entry to extend a rate");
        assertThat(stores().settings().currentRevision()).isEqualTo(2);
    }

    @Test
    void aChangeThatBreaksTheRatesGetsEveryProblemAndSavesNothing() {
        // ending the only default rate leaves days without a rate
        List<String> ended = ErrorShape.assertError(post("rates/0/end", END_DEFAULT.replace("2026-04-01", "1999-01-01")), 422);
        assertThat(ended).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("entry"));

        List<String> errors = ErrorShape.assertError(post("rates", "{\"revision\": 0, \"comment\": \"" + "c".repeat(451)
                + "\", \"entry\": {\"kind\": \"DEFAULT\", \"key\": \"x\", \"hourlyRate\": -1, \"from\": \"2026-01-01\"}}"), 422);
        assertThat(errors).contains("comment: must be at most 450 characters, has 451", "entry.key: must be empty for a DEFAULT rate",
                "entry.hourlyRate: must not be negative");
        assertThat(ErrorShape.assertError(post("rates", "{\"revision\": 0, \"entry\": {\"kind\": \"ROLE\", \"key\": \"r\","
                + " \"hourlyRate\": 1e13, \"from\": \"2026-01-01\"}}"), 422)).containsExactly(
                "entry.hourlyRate: must be at most 1000000000000 in size");
        assertThat(ErrorShape.assertError(post("rates", "{\"entry\": null}"), 422)).containsExactly(
                "revision: is required", "entry: is required");
        assertThat(ErrorShape.assertError(post("rates/0/end", "{\"revision\": 0}"), 422)).containsExactly("until: is required");
        assertThat(ErrorShape.assertError(post("rates/7/end", END_DEFAULT), 404)).isEmpty();
        assertThat(ErrorShape.assertError(post("rates/x/end", END_DEFAULT), 404)).isEmpty();
        assertThat(stores().settings().currentRevision()).isZero();
        assertThat(stores().audit().count()).isZero();
    }

    @Test
    void aChangeBasedOnAnOldRevisionIsAConflict() {
        post("rates", TIER_RATE);

        ErrorShape.assertError(post("rates/0/end", END_DEFAULT), 409);

        assertThat(stores().settings().currentRevision()).isEqualTo(1);
        assertThat(stores().settings().current().document().rates().entries().get(0).until()).isNull();
    }

    @Test
    void theLoadedRateCalculatorWorksFromAYearsCost() {
        JsonNode result = client().post("rates/loaded-rate-calculator").as(Persona.PAYROLL).json(CALCULATOR).send().json();

        // 70,000 a year over 2080 × 70 % = 1456 productive hours
        assertThat(result.get("annualCost").decimalValue()).isEqualByComparingTo("70000");
        assertThat(result.get("productiveHours").decimalValue()).isEqualByComparingTo("1456");
        assertThat(result.get("hourlyRate").decimalValue().setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("48.0769");
        assertThat(ErrorShape.assertError(client().post("rates/loaded-rate-calculator").as(Persona.PAYROLL)
                .json("{\"annualSalary\": 0, \"benefits\": -1, \"allocatedOverhead\": 0, \"paidHours\": 1e6,"
                        + " \"shrinkagePercent\": 100}").send(), 422)).containsExactly(
                "paidHours: must be at most 100000 in size",
                "annualSalary: must be greater than 0",
                "benefits: must not be negative",
                "shrinkagePercent: must be at least 0 and less than 100");
    }
}
