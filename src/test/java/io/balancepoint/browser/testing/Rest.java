package io.balancepoint.browser.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the workbench's REST API (and its own endpoints) over HTTP as a demo user, to compute
 * what a page should show from the same data the page reads.
 */
public final class Rest {

    private final URI base;
    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    Rest(URI base, URI api) {
        this.base = base;
        this.api = api;
    }

    /** GET of a REST path (relative to {@code /rest/balance-point/1.0/}) as {@code user}; fails unless 200. */
    public JsonNode get(String user, String path) {
        return ok(send(user, "GET", path, null), "GET " + path);
    }

    /** POST of a JSON body to a REST path as {@code user}; fails unless 2xx. */
    public JsonNode post(String user, String path, Object body) {
        return ok(send(user, "POST", path, body), "POST " + path);
    }

    /** Any call to a REST path; the answer whatever its status. */
    public HttpResponse<String> send(String user, String method, String path, Object body) {
        return exchange(api.resolve(path), user, method, body);
    }

    /** GET of a workbench endpoint ({@code /workbench/api/...}). */
    public JsonNode workbench(String path) {
        return ok(exchange(base.resolve(path), null, "GET", null), "GET " + path);
    }

    /** The body of a JSON answer. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s answered %s", what, response.body()).isBetween(200, 299);
        return json(response);
    }

    private HttpResponse<String> exchange(URI uri, String user, String method, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            request.header("X-BalancePoint-User", user);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                        .method(method, HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write the body as JSON", e);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + uri, e);
        }
    }
}
