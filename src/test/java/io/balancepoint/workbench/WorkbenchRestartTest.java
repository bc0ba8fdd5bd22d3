package io.balancepoint.workbench;

import static io.balancepoint.workbench.WorkbenchHostTest.awaitLoad;
import static io.balancepoint.workbench.WorkbenchHostTest.json;
import static io.balancepoint.workbench.WorkbenchHostTest.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.workbench.load.LoadStatus;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What survives a restart (everything: tickets, costs, settings, manual costs; nothing is loaded
 * again) and that the same seed gives the same desk, down to the ledger totals.
 */
class WorkbenchRestartTest {

    private static final String ADMIN = "bp-user=ada";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRestartKeepsEverythingAndLoadsNothingAgain(@TempDir Path data) throws Exception {
        String before;
        String cost;
        long revision;
        try (WorkbenchHost first = WorkbenchHost.start(options(data))) {
            awaitLoad(first);
            before = totals(first);
            HttpResponse<String> added = send(first, HttpRequest.newBuilder(first.restUri().resolve("tickets/SUP-3/costs"))
                    .header("Content-Type", "application/json").header("Cookie", ADMIN)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"category\": \"COMPENSATION\", \"amount\": 25.00, \"note\": \"goodwill voucher\"}")));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            cost = get(first, "tickets/SUP-3/cost").body();
            // the API asked for a recompute; the worker puts the voucher into the rollups
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!totals(first).contains("\"COMPENSATION\":{\"amount\":25") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            before = totals(first);
            assertThat(before).contains("\"COMPENSATION\":{\"amount\":25");
            revision = json(get(first, "settings")).get("revision").asLong();
        }
        try (WorkbenchHost second = WorkbenchHost.start(options(data))) {
            LoadStatus status = second.awaitLoad(Duration.ofSeconds(30));
            assertThat(status.phase()).as("nothing loaded again").isEqualTo("done");
            assertThat(status.done()).isEqualTo(WorkbenchHostTest.SIZE);
            assertThat(second.tickets().count()).isEqualTo(WorkbenchHostTest.SIZE);
            assertThat(get(second, "tickets/SUP-3/cost").body()).isEqualTo(cost).contains("goodwill voucher");
            assertThat(json(get(second, "settings")).get("revision").asLong()).isEqualTo(revision);
            assertThat(totals(second)).isEqualTo(before);
        }
    }

    @Test
    void theSameSeedGivesTheSameDeskAndTheSameLedger(@TempDir Path one, @TempDir Path two) throws Exception {
        String first;
        String second;
        try (WorkbenchHost host = WorkbenchHost.start(options(one))) {
            awaitLoad(host);
            first = totals(host) + tickets(host);
        }
        try (WorkbenchHost host = WorkbenchHost.start(options(two))) {
            awaitLoad(host);
            second = totals(host) + tickets(host);
        }
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"tickets\"");
    }

    /** Each project's twelve-month measures (costs by category, FCR, contacts, CSAT) as the API reports them. */
    private String totals(WorkbenchHost host) throws Exception {
        List<String> measures = new ArrayList<>();
        for (String project : List.of("SUP", "ITHELP", "BILL")) {
            HttpResponse<String> trend = get(host, "projects/" + project
                    + "/metrics/trend?from=2025-03-01&until=2026-04-01&granularity=MONTH");
            assertThat(trend.statusCode()).as(trend.body()).isEqualTo(200);
            JsonNode overall = json(trend).get("overall");
            assertThat(overall.get("measures").get("tickets").asLong()).isPositive();
            measures.add(project + " " + overall);
        }
        return String.join("\n", measures);
    }

    private String tickets(WorkbenchHost host) throws Exception {
        return send(host, HttpRequest.newBuilder(host.baseUri().resolve("/workbench/api/tickets?size=200&page=1"))).body();
    }

    private HttpResponse<String> get(WorkbenchHost host, String path) throws Exception {
        return send(host, HttpRequest.newBuilder(host.restUri().resolve(path)).header("Cookie", ADMIN));
    }

    private HttpResponse<String> send(WorkbenchHost host, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
