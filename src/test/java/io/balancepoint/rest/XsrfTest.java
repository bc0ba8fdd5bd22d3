package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbench's XSRF guard: what a page on another site could make a logged-in browser send
 * (a form post, a text/plain post, a post without a content type) is refused unless it carries
 * {@code X-Atlassian-Token: no-check}; JSON from the app itself and from scripts passes.
 */
class XsrfTest {

    private static final String XSRF_MESSAGE = "XSRF check failed: send JSON, or the header X-Atlassian-Token: no-check.";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new FailureResource(Persona.permissions()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Request post(String contentType, String body) {
        return api.client().post("whatif/staffing").as(Persona.LEAD).body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
            "text/plain; charset=UTF-8", "TEXT/PLAIN", "Application/X-WWW-Form-Urlencoded"})
    void aPostABrowserCouldForgeIsRefused(String contentType) {
        ApiClient.ApiResponse response = post(contentType, RequestBodies.STAFFING).send();

        ErrorShape.assertError(response, 403);
        assertThat(response.json().get("message").asText()).isEqualTo(XSRF_MESSAGE);
    }

    @Test
    void aPostWithoutContentTypeIsRefused() {
        ErrorShape.assertError(post(null, RequestBodies.STAFFING).send(), 403);
    }

    @ParameterizedTest(name = "X-Atlassian-Token: {0}")
    @ValueSource(strings = {"no-check", "NO-CHECK", "nocheck"})
    void theNoCheckTokenLetsItThroughToTheNextCheck(String token) {
        // past the guard, the resource refuses the media type: it reads JSON only
        ApiClient.ApiResponse response = post("text/plain", RequestBodies.STAFFING).header("X-Atlassian-Token", token).send();
        ErrorShape.assertError(response, 415);
    }

    @Test
    void anyOtherTokenValueIsNoToken() {
        ErrorShape.assertError(post("text/plain", RequestBodies.STAFFING).header("X-Atlassian-Token", "yes").send(), 403);
    }

    @Test
    void jsonPassesWithoutTheToken() {
        assertThat(post("application/json", RequestBodies.STAFFING).send().status()).isEqualTo(200);
        assertThat(post("application/json; charset=UTF-8", RequestBodies.STAFFING).send().status()).isEqualTo(200);
    }

    @Test
    void theGuardRunsBeforeAuthentication() {
        // an anonymous forged post learns nothing from the access check either
        ApiClient.ApiResponse response = api.client().post("whatif/staffing")
                .body("application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8)).send();
        ErrorShape.assertError(response, 403);
    }

    @Test
    void otherMutatingMethodsNeedTheTokenForForgeableTypes() {
        ApiClient.ApiResponse forged = api.client().method("PUT", "test/note").as(Persona.AGENT)
                .body("text/plain", "hello".getBytes(StandardCharsets.UTF_8)).send();
        ErrorShape.assertError(forged, 403);
        ApiClient.ApiResponse script = api.client().method("PUT", "test/note").as(Persona.AGENT)
                .header("X-Atlassian-Token", "no-check").body("text/plain", "hello".getBytes(StandardCharsets.UTF_8)).send();
        assertThat(script.status()).as(script.body()).isEqualTo(200);
        assertThat(script.json().get("note").asText()).isEqualTo("hello");
        // without a content type too, as Jira's rule has it, even for a DELETE without a body
        ErrorShape.assertError(api.client().method("DELETE", "test/note").as(Persona.AGENT).send(), 403);
        assertThat(api.client().method("DELETE", "test/note").as(Persona.AGENT).header("X-Atlassian-Token", "no-check")
                .send().status()).isEqualTo(200);
    }

    @Test
    void readsAreNotChecked() {
        // another site may make the browser send a GET, but cannot read the answer (no CORS), and a GET changes nothing
        ApiClient.ApiResponse response = api.client().get("test/settings").as(Persona.ADMIN)
                .header("Origin", "https://evil.example").send();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aMutatingRequestFromAnotherOriginIsRefusedEvenAsJson() {
        ApiClient.ApiResponse response = post("application/json", RequestBodies.STAFFING)
                .header("Origin", "https://evil.example").send();
        ErrorShape.assertError(response, 403);
        assertThat(response.json().get("message").asText()).isEqualTo("Cross-origin request refused.");
        // sandboxed pages and files send "null"
        ErrorShape.assertError(post("application/json", RequestBodies.STAFFING).header("Origin", "null").send(), 403);
        // another port of the same host is another origin
        String otherPort = "http://127.0.0.1:" + (api.baseUri().getPort() + 1);
        ErrorShape.assertError(post("application/json", RequestBodies.STAFFING).header("Origin", otherPort).send(), 403);
    }

    @Test
    void aRequestFromTheAppsOwnOriginPasses() {
        String self = "http://127.0.0.1:" + api.baseUri().getPort();
        assertThat(post("application/json", RequestBodies.STAFFING).header("Origin", self).send().status()).isEqualTo(200);
    }
}
