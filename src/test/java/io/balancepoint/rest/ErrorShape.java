package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions every error response must pass: the one shape, the right status, nothing leaked. */
final class ErrorShape {

    /** Traces of the server's insides: exception and package names, stack frames, source files. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|throwable|\\bat [a-z_$][\\w$]*\\.|\\.java\\b|java\\.|jakarta\\.|javax\\.|org\\.glassfish|"
                    + "com\\.fasterxml|io\\.balancepoint|jersey|jackson|hk2|\\$\\d|\\bnull pointer");

    private ErrorShape() {
    }

    /** The response is an error of {@code status} in the API's shape; returns its errors as "field: reason". */
    static List<String> assertError(ApiClient.ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertNoLeak(response.body());
        JsonNode body = response.json();
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        if (status == 500) {
            assertThat(names).containsExactly("status", "message", "errors", "errorId");
            assertThat(body.get("errorId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        } else {
            assertThat(names).containsExactly("status", "message", "errors");
        }
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("errors").isArray()).isTrue();
        List<String> errors = new ArrayList<>();
        for (JsonNode error : body.get("errors")) {
            List<String> fields = new ArrayList<>();
            error.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("field", "reason");
            assertThat(error.get("field").asText()).isNotBlank();
            assertThat(error.get("reason").asText()).isNotBlank();
            errors.add(error.get("field").asText() + ": " + error.get("reason").asText());
        }
        return errors;
    }

    static void assertNoLeak(String body) {
        assertThat(LEAK.matcher(body).find()).as("leaks server internals: %s", body).isFalse();
    }
}
