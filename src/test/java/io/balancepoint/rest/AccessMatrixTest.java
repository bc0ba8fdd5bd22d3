package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every role over real HTTP: anonymous, portal customer, agent without
 * access to the project, agent, team lead (by project role and by group), admin (Jira and
 * finance). Refusals must be in the error shape and say nothing about the server or the data.
 */
class AccessMatrixTest {

    /** One endpoint with a body that passes validation. */
    record Endpoint(String method, String path, String body) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "whatif/staffing", RequestBodies.STAFFING),
            new Endpoint("POST", "whatif/channel-shift", RequestBodies.CHANNEL_SHIFT));

    /** Who, and what the what-if calculators answer them. */
    private static final List<Object[]> WHAT_IF_MATRIX = List.of(
            new Object[] {null, 401},
            new Object[] {Persona.CUSTOMER, 403},
            new Object[] {Persona.OUTSIDER, 403},
            new Object[] {Persona.AGENT, 403},
            new Object[] {Persona.PAYROLL, 403},
            new Object[] {Persona.LEAD, 200},
            new Object[] {Persona.GROUP_LEAD, 200},
            new Object[] {Persona.ADMIN, 200},
            new Object[] {Persona.FINANCE, 200},
            new Object[] {"mallory", 401}); // unknown user: not logged in

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> whatIfCalls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Object[] row : WHAT_IF_MATRIX) {
                calls.add(Arguments.of(endpoint, row[0], row[1]));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("whatIfCalls")
    void whatIfCalculators(Endpoint endpoint, String user, int expected) {
        ApiClient.ApiResponse response = call(endpoint, user, endpoint.body());

        if (expected == 200) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            ErrorShape.assertNoLeak(response.body());
        } else {
            List<String> errors = ErrorShape.assertError(response, expected);
            assertThat(errors).isEmpty();
            assertThat(response.json().get("message").asText())
                    .isEqualTo(expected == 401 ? "You need to log in to do this." : "You do not have permission to do this.");
        }
    }

    /** The access check runs before the body is read: a refused caller learns nothing about validation. */
    @ParameterizedTest(name = "{0} as {1} with a broken body -> {2}")
    @MethodSource("whatIfCalls")
    void refusedCallersNeverReachValidation(Endpoint endpoint, String user, int expected) {
        int status = call(endpoint, user, "{\"no\": ").status();
        assertThat(status).isEqualTo(expected == 200 ? 400 : expected);
        status = call(endpoint, user, "{}").status();
        assertThat(status).isEqualTo(expected == 200 ? 422 : expected);
    }

    private static ApiClient.ApiResponse call(Endpoint endpoint, String user, String body) {
        ApiClient.Request request = api.client().method(endpoint.method(), endpoint.path()).json(body);
        if (user != null) {
            request.as(user);
        }
        return request.send();
    }
}
