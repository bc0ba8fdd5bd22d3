package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.access.Persona;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of failure reaches the client in the one error shape with its status, and nothing else. */
class ErrorMappingTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new FailureResource(Persona.permissions()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.ApiResponse get(String path, String user) {
        ApiClient.Request request = api.client().get(path);
        return user == null ? request.send() : request.as(user).send();
    }

    @Test
    void optimisticLockConflictIs409() {
        ApiClient.ApiResponse response = get("test/stale", Persona.AGENT);
        ErrorShape.assertError(response, 409);
        assertThat(response.json().get("message").asText()).isEqualTo("Conflicting change: the rates settings is at version 7,"
                + " your change was based on version 6. Nothing was saved; reload and apply your change again.");
    }

    @Test
    void ruleProblemsAre422WithTheirFields() {
        assertThat(ErrorShape.assertError(get("test/invalid", Persona.AGENT), 422))
                .containsExactly("budget.months[3].amount: must not be negative");
    }

    @Test
    void unreadableParametersAre400WithTheirFields() {
        assertThat(ErrorShape.assertError(get("test/malformed", Persona.AGENT), 400))
                .containsExactly("from: must be a date (YYYY-MM-DD)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"test/bug", "test/json-bug", "test/unwritable", "test/unavailable"})
    void unexpectedFailuresAre500WithAnErrorIdAndNothingElse(String path) {
        ApiClient.ApiResponse response = get(path, Persona.AGENT);

        ErrorShape.assertError(response, 500);
        String errorId = response.json().get("errorId").asText();
        assertThat(response.json().get("message").asText())
                .isEqualTo("Something went wrong on the server. Please quote error id " + errorId + " to your administrator.");
        assertThat(response.body()).doesNotContain("hunter2", "jdbc", "broken");
    }

    @Test
    void everyFailureGetsItsOwnErrorId() {
        String first = get("test/bug", Persona.AGENT).json().get("errorId").asText();
        String second = get("test/bug", Persona.AGENT).json().get("errorId").asText();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theRuntimesOwnRefusalsHaveTheShapeToo() {
        ErrorShape.assertError(get("no/such/path", Persona.ADMIN), 404);
        ApiClient.ApiResponse wrongMethod = api.client().method("DELETE", "whatif/staffing").as(Persona.ADMIN)
                .header("X-Atlassian-Token", "no-check").send();
        ErrorShape.assertError(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("POST");
        ApiClient.ApiResponse notJson = api.client().post("whatif/staffing").as(Persona.ADMIN)
                .header("X-Atlassian-Token", "no-check")
                .body("application/xml", "<staffing/>".getBytes(StandardCharsets.UTF_8)).send();
        ErrorShape.assertError(notJson, 415);
        ApiClient.ApiResponse wantsHtml = api.client().get("test/settings").as(Persona.ADMIN).header("Accept", "text/html").send();
        assertThat(wantsHtml.status()).isEqualTo(406);
        ErrorShape.assertNoLeak(wantsHtml.body());
    }

    @Test
    void aMethodWithoutAllowIsRefusedToEveryone() {
        for (String user : List.of(Persona.AGENT, Persona.LEAD, Persona.ADMIN)) {
            ErrorShape.assertError(get("test/forgotten", user), 403);
        }
    }

    @ParameterizedTest(name = "{0}: ticket {1}, hidden ticket {2}, missing ticket {3}, dashboard {4}, rates {5}, settings {6}")
    @CsvSource(nullValues = "anonymous", value = {
            "anonymous, 401, 401, 401, 401, 401, 401",
            "carla,     404, 404, 404, 404, 403, 403",
            "oscar,     404, 200, 404, 404, 403, 403",
            "alice,     200, 404, 404, 403, 403, 403",
            "leo,       200, 200, 404, 200, 403, 403",
            "pete,      200, 404, 404, 403, 200, 403",
            "ada,       200, 404, 404, 200, 200, 200",
            "fiona,     404, 404, 404, 404, 200, 200"})
    void scopedAndRoleEndpoints(String user, int ticket, int opsTicket, int missing, int dashboard, int rates, int settings) {
        assertStatus(get("test/tickets/SD-1/cost", user), ticket);
        assertStatus(get("test/tickets/" + Persona.OPS_TICKET + "/cost", user), opsTicket);
        assertStatus(get("test/tickets/SD-404/cost", user), missing);
        assertStatus(get("test/projects/SD/dashboard", user), dashboard);
        assertStatus(get("test/rates", user), rates);
        assertStatus(get("test/settings", user), settings);
    }

    @Test
    void aHiddenTicketAndAMissingOneAreTheSameAnswer() {
        ApiClient.ApiResponse hidden = get("test/tickets/" + Persona.OPS_TICKET + "/cost", Persona.AGENT);
        ApiClient.ApiResponse missing = get("test/tickets/OPS-999/cost", Persona.AGENT);
        ApiClient.ApiResponse nonsense = get("test/tickets/%27%20OR%201=1/cost", Persona.AGENT);
        assertThat(hidden.body()).isEqualTo(missing.body()).isEqualTo(nonsense.body())
                .isEqualTo("{\"status\":404,\"message\":\"No ticket found.\",\"errors\":[]}");
    }

    @Test
    void echoedMarkupIsEscaped() {
        ApiClient.ApiResponse response = api.client().post("test/echo").as(Persona.AGENT)
                .json("{\"note\": \"<script>alert('x')</script> & more\"}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<", ">", "&", "'")
                .contains("\\u003Cscript\\u003Ealert(\\u0027x\\u0027)\\u003C/script\\u003E \\u0026 more");
        assertThat(response.json().get("note").asText()).isEqualTo("<script>alert('x')</script> & more");
    }

    @Test
    void responsesAreNotCached() {
        assertThat(get("test/settings", Persona.ADMIN).header("Cache-Control")).isEqualTo("no-store");
        assertThat(get("test/bug", Persona.ADMIN).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theLeakCheckCatchesATrace() {
        assertThatThrownBy(() -> ErrorShape.assertNoLeak("java.lang.IllegalStateException: x\n\tat io.balancepoint.rest.X.y(X.java:12)"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ErrorShape.assertNoLeak("{\"message\":\"Cannot deserialize value of type `java.math.BigDecimal`\"}"))
                .isInstanceOf(AssertionError.class);
    }

    private static void assertStatus(ApiClient.ApiResponse response, int status) {
        if (status == 200) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            ErrorShape.assertNoLeak(response.body());
        } else {
            ErrorShape.assertError(response, status);
        }
    }
}
