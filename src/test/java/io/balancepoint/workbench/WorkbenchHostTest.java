package io.balancepoint.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import io.balancepoint.workbench.load.LoadStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as a user starts it, over real HTTP: a small sample desk on a temporary data
 * directory, the workbench endpoints, acting as a demo user through the cookie, the REST API
 * behind that, and static files (fixtures under {@code src/test/resources/workbench-web}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchHostTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate SAMPLE_END = LocalDate.of(2026, 2, 28);
    static final int SIZE = 300;

    /** Static: a @BeforeAll parameter's temporary directory is deleted when that method ends, under the running database. */
    @TempDir
    static Path data;

    private WorkbenchHost host;
    private final HttpClient http = HttpClient.newHttpClient();

    static WorkbenchOptions options(Path directory) {
        return new WorkbenchOptions(directory, 0, true, SIZE, 42, Optional.of(SAMPLE_END), false, CLOCK);
    }

    static LoadStatus awaitLoad(WorkbenchHost host) throws InterruptedException {
        LoadStatus status = host.awaitLoad(Duration.ofMinutes(3));
        assertThat(status.finished()).as("load finished: %s", status).isTrue();
        assertThat(status.error()).isNull();
        return status;
    }

    @BeforeAll
    void start() throws InterruptedException {
        host = WorkbenchHost.start(options(data));
        awaitLoad(host);
    }

    @AfterAll
    void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void loadReportsTheFinishedDesk() throws Exception {
        JsonNode load = json(get("/workbench/api/load", null));
        assertThat(load.get("phase").asText()).isEqualTo("done");
        assertThat(load.get("finished").asBoolean()).isTrue();
        assertThat(load.get("done").asLong()).isEqualTo(SIZE);
        assertThat(load.get("total").asLong()).isEqualTo(SIZE);
    }

    @Test
    void listsUsersProjectsAndPagedTickets() throws Exception {
        JsonNode users = json(get("/workbench/api/users", null));
        assertThat(users.findValuesAsText("role")).contains("admin", "team lead", "agent L1", "agent L2", "agent L3", "portal customer");

        JsonNode projects = json(get("/workbench/api/projects", null));
        assertThat(projects.findValuesAsText("key")).containsExactly("BILL", "ITHELP", "SUP");

        JsonNode all = json(get("/workbench/api/tickets?size=7", null));
        assertThat(all.get("total").asLong()).isEqualTo(SIZE);
        assertThat(all.get("items")).hasSize(7);
        JsonNode sup = json(get("/workbench/api/tickets?project=SUP&page=1&size=5", null));
        assertThat(sup.get("total").asLong()).isBetween(100L, 250L);
        assertThat(sup.get("items").findValuesAsText("project")).containsOnly("SUP");
        assertThat(sup.get("items").get(0).get("key").asText()).isEqualTo("SUP-6");

        HttpResponse<String> bad = get("/workbench/api/tickets?size=0&page=x&sort=key", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("size", "page", "sort");
    }

    @Test
    void actingAsAUserSetsTheCookieTheApiAndMeRead() throws Exception {
        assertThat(json(get("/workbench/api/me", null)).get("key").isNull()).isTrue();

        HttpResponse<String> acted = post("/workbench/api/act-as", "{\"user\": \"leo\"}", "application/json", null);
        assertThat(acted.statusCode()).isEqualTo(200);
        String cookie = acted.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("bp-user=leo;").contains("HttpOnly", "SameSite=Strict", "Path=/");
        String sent = "bp-user=leo";

        assertThat(json(get("/workbench/api/me", sent)).get("role").asText()).isEqualTo("team lead");
        String trend = "/rest/balance-point/1.0/projects/SUP/metrics/trend?from=2025-03-01&until=2026-03-01&granularity=MONTH";
        assertThat(get(trend, sent).statusCode()).isEqualTo(200);
        assertThat(get(trend, null).statusCode()).isEqualTo(401);
        assertThat(get(trend, "bp-user=alice").statusCode()).as("an agent is no team lead").isEqualTo(403);
        assertThat(get(trend, "bp-user=carla").statusCode()).as("customers learn nothing").isEqualTo(404);

        HttpResponse<String> out = post("/workbench/api/act-as", "{\"user\": null}", "application/json", sent);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    }

    @Test
    void actAsRefusesForgeableAndUnknownRequestsAndChangesNothing() throws Exception {
        HttpResponse<String> form = post("/workbench/api/act-as", "user=ada", "application/x-www-form-urlencoded", null);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri("/workbench/api/act-as"))
                .header("Content-Type", "text/plain").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"ada\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as("the no-check token lets a script through").isEqualTo(200);

        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(uri("/workbench/api/act-as"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"ada\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> unknown = post("/workbench/api/act-as", "{\"user\": \"mallory\"}", "application/json", null);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("user");
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(http.send(HttpRequest.newBuilder(uri("/workbench/api/act-as")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void dashboardPreferencesAreEachUsersOwnAndBadOnesChangeNothing() throws Exception {
        String path = "/workbench/api/dashboard-items/fcr/preferences";
        String leo = "bp-user=leo";
        String ada = "bp-user=ada";
        assertThat(json(get(path, leo)).get("preferences").isEmpty()).isTrue();

        HttpResponse<String> saved = put(path, "{\"preferences\": {\"config\": \"{\\\"project\\\":\\\"SUP\\\"}\", \"version\": \"1\"}}", leo);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(get(path, leo)).at("/preferences/config").asText()).isEqualTo("{\"project\":\"SUP\"}");
        assertThat(json(get(path, ada)).get("preferences").isEmpty()).as("another user's item is not changed").isTrue();
        assertThat(json(get("/workbench/api/dashboard-items/roi/preferences", leo)).get("preferences").isEmpty())
                .as("another item is not changed").isTrue();

        assertThat(put(path, "{\"preferences\": {\"config\": 7, \"1bad\": \"x\"}, \"extra\": 1}", leo)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(json(r).get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("extra", "preferences.config", "preferences.1bad");
        });
        assertThat(put(path, "{not json", leo).statusCode()).isEqualTo(400);
        assertThat(put(path, "{\"preferences\": {\"config\": \"" + "x".repeat(40_000) + "\"}}", leo).statusCode()).isEqualTo(413);
        assertThat(put(path, "{\"preferences\": {}}", null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(get("/workbench/api/dashboard-items/Bad_Item/preferences", leo).statusCode()).isEqualTo(400);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain")
                .header("Cookie", leo).PUT(HttpRequest.BodyPublishers.ofString("{\"preferences\": {}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as("a body a form could send is refused (XSRF)").isEqualTo(403);
        assertThat(json(get(path, leo)).at("/preferences/config").asText()).as("nothing changed").isEqualTo("{\"project\":\"SUP\"}");
        assertThat(Files.readString(data.resolve("dashboard-preferences.json"))).contains("leo").doesNotContain("1bad");
    }

    @Test
    void servesStaticFilesWithTheirTypesAndRefusesTraversal() throws Exception {
        HttpResponse<String> page = get("/static-fixture/page.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/static-fixture/style.css", null).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/static-fixture/module.js", null).headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");

        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/static-fixture/page.html"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        assertThat(get("/static-fixture/missing.html", null).statusCode()).isEqualTo(404);
        assertThat(get("/static-fixture/", null).statusCode()).as("a folder without index.html").isEqualTo(404);
        assertThat(get("/ui/no-such-bundle.js", null).statusCode()).isEqualTo(404);
        // the class path above workbench-web/ holds these; none may be reachable
        for (String path : new String[] {"/static-fixture/../../io/balancepoint/workbench/Workbench.class",
                "/%2e%2e/io/balancepoint/workbench/Workbench.class", "/ui/..%2fworkbench-web/static-fixture/page.html",
                "/static-fixture/..%5c..%5cio", "/static-fixture//page.html"}) {
            int status = http.send(HttpRequest.newBuilder(URI.create(host.baseUri() + path.substring(1))).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
        HttpResponse<String> posted = post("/static-fixture/page.html", "{}", "application/json", null);
        assertThat(posted.statusCode()).isEqualTo(405);
    }

    @Test
    @Order(1) // before any test changes a ticket
    void theFastFirstLoadStoresWhatTheProductsOwnRecomputeWould() throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(host.restUri().resolve("jobs/recalculation"))
                .header("Content-Type", "application/json").header("Cookie", "bp-user=ada")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"2025-01-01\", \"until\": \"2026-03-03\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String state = "";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!state.contains("\"DONE\"") && !state.contains("\"FAILED\"") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = get("/rest/balance-point/1.0/jobs/recalculation", "bp-user=ada").body();
        }
        assertThat(state).contains("\"DONE\"").contains("0 of " + (SIZE - openTickets()) + " tickets changed");
    }

    @Test
    void aRoutingDecisionMovesTheTicketToItsTierAndTheFactsFollow() throws Exception {
        var ticket = host.tickets().byKey("BILL-4").orElseThrow();
        String tierBefore = host.tickets().read(ticket.id()).orElseThrow().snapshot().supportTier();
        String target = tierBefore.equals("L3") ? "L2" : "L3";
        host.routing().apply(ticket.id(), new io.balancepoint.routing.RoutingDecision("BILL-4", CLOCK.instant(),
                io.balancepoint.routing.RoutingTrigger.MANUAL, null, tierBefore, target, "service-desk-l3", "marco", null, null,
                "moved by the test"));

        var stored = host.tickets().read(ticket.id()).orElseThrow();
        assertThat(stored.snapshot().supportTier()).isEqualTo(target);
        assertThat(stored.updated()).isEqualTo(CLOCK.instant());
        assertThat(host.tickets().assignee(ticket.id())).hasValue("marco");
        String facts = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!facts.contains("\"supportTier\":\"" + target + "\"") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            facts = get("/rest/balance-point/1.0/tickets/BILL-4/facts", "bp-user=ada").body();
        }
        assertThat(facts).as("recomputed by the worker").contains("\"supportTier\":\"" + target + "\"");
    }

    @Test
    void aNewTicketIsRoutedAfterItsRecomputeAndTheDryRunListsRecentTickets() throws Exception {
        var template = host.tickets().readAfter(0, 1).getFirst().snapshot();
        long id = 9_000_001L;
        var fresh = new io.balancepoint.ticket.TicketSnapshot(id, "SUP-9001", "SUP", template.requestType(), template.channel(),
                template.priority(), template.customerKey(), template.organisation(), CLOCK.instant().minusSeconds(3600),
                null, List.of(), List.of(), List.of(), null, Map.of());
        host.tickets().putAll(List.of(new io.balancepoint.workbench.tickets.DeskTicket(
                new io.balancepoint.ticket.SourcedTicket(fresh, fresh.created()), "A new request", null)));
        host.queue().offer(id);

        HttpResponse<String> routed = get("/rest/balance-point/1.0/tickets/SUP-9001/routing", "bp-user=leo");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!routed.body().contains("CREATED") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            routed = get("/rest/balance-point/1.0/tickets/SUP-9001/routing", "bp-user=leo");
        }
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        JsonNode decisions = json(routed);
        assertThat(decisions.toString()).as("routed by the worker on creation").contains("\"CREATED\"");
        String tier = decisions.findValuesAsText("tierAfter").getFirst();
        assertThat(host.tickets().read(id).orElseThrow().snapshot().supportTier())
                .as("the actuator applied the decided tier").isEqualTo(tier);

        HttpResponse<String> dryRun = post("/rest/balance-point/1.0/whatif/routing-dry-run", "{\"project\": \"SUP\", \"tickets\": 20}",
                "application/json", "bp-user=leo");
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.body()).contains("SUP-9001");
        assertThat(json(dryRun).findValuesAsText("issueKey")).hasSizeGreaterThanOrEqualTo(20).allMatch(k -> k.startsWith("SUP-"));
    }

    private long openTickets() {
        return host.tickets().readAfter(0, SIZE).stream().filter(t -> !t.snapshot().isResolved()
                && t.snapshot().worklogs().isEmpty() && t.snapshot().agentPublicResponses().isEmpty()).count();
    }

    // ---- HTTP helpers ----

    private URI uri(String path) {
        return host.baseUri().resolve(path);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String type, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }
}
