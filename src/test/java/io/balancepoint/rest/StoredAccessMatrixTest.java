package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint over the stores against every role, over real HTTP on HSQLDB: the status each
 * role gets, refusals in the error shape without leaks, and a refused call changes nothing.
 */
class StoredAccessMatrixTest extends StoredApiTest {

    /** Who may call an endpoint, and so what each persona gets. */
    enum Rule {
        ADMINS(Map.of(Persona.ADMIN, 200, Persona.FINANCE, 200));

        private final Map<String, Integer> allowed;

        Rule(Map<String, Integer> allowed) {
            this.allowed = allowed;
        }

        int expected(String user) {
            if (user == null || user.equals("mallory")) {
                return 401;
            }
            return allowed.getOrDefault(user, 403);
        }
    }

    /** One endpoint with a request that succeeds for an allowed caller on an empty database. */
    record Endpoint(String method, String path, String body, Rule rule) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "settings", null, Rule.ADMINS),
            new Endpoint("PUT", "settings", SettingsResourceTest.update(0L, null, SettingsResourceTest.withDefaultRate("50")), Rule.ADMINS),
            new Endpoint("GET", "settings/history", null, Rule.ADMINS),
            new Endpoint("GET", "settings/history/0", null, Rule.ADMINS),
            new Endpoint("GET", "settings/export", null, Rule.ADMINS),
            new Endpoint("POST", "settings/import?revision=0", SettingsResourceTest.withDefaultRate("50").toString(), Rule.ADMINS),
            new Endpoint("POST", "settings/import?dryRun=true", SettingsResourceTest.defaultsJson().toString(), Rule.ADMINS));

    private static final List<String> USERS = java.util.Arrays.asList(null, Persona.CUSTOMER, Persona.OUTSIDER, Persona.AGENT,
            Persona.PAYROLL, Persona.LEAD, Persona.GROUP_LEAD, Persona.ADMIN, Persona.FINANCE, "mallory");

    static Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String user : USERS) {
                calls.add(Arguments.of(endpoint, user, endpoint.rule().expected(user)));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("calls")
    void eachRoleGetsItsAnswer(Endpoint endpoint, String user, int expected) {
        ApiClient.Request request = client().method(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            request.json(endpoint.body());
        }
        if (user != null) {
            request.as(user);
        }
        ApiClient.ApiResponse response = request.send();

        if (expected == 200) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            ErrorShape.assertNoLeak(response.body());
        } else {
            assertThat(ErrorShape.assertError(response, expected)).isEmpty();
            assertThat(stores().settings().currentRevision()).isZero();
            assertThat(stores().audit().count()).isZero();
        }
    }
}
