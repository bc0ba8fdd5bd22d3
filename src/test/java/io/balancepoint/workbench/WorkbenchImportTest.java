package io.balancepoint.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import io.balancepoint.workbench.load.LoadStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./bp workbench --import=EXPORT --settings=FILE} on the hand-written export (see
 * {@link AnalyzeTest} for its worked numbers), over real HTTP on a real HSQLDB file database: the
 * desk it loads, the same costs as {@code analyze}, a restart that loads nothing, and the refusals
 * that change nothing.
 */
class WorkbenchImportTest {

    /** When the export was taken: the workbench computes as of then, as {@code analyze} does by default. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-30T12:00:00Z"), ZoneOffset.UTC);
    static final Path EXPORT = Path.of(AnalyzeTest.EXPORT);
    static final Path SETTINGS = Path.of(AnalyzeTest.SETTINGS);

    private final HttpClient http = HttpClient.newHttpClient();

    static WorkbenchOptions importing(Path data, Path export) {
        return new WorkbenchOptions(data, 0, true, 1, 1, Optional.empty(), false, CLOCK, Optional.empty(), Optional.empty())
                .withImport(export, Optional.of(SETTINGS));
    }

    static LoadStatus awaitLoad(WorkbenchHost host) throws InterruptedException {
        return WorkbenchHostTest.awaitLoad(host);
    }

    @Test
    void loadsTheExportWithTheCostsAnalyzeComputesAndKeepsItOverARestart(@TempDir Path data, @TempDir Path report)
            throws Exception {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        assertThat(Analyze.run(new String[] {EXPORT.toString(), SETTINGS.toString(), report.toString()}, out, out)).isZero();
        JsonNode analysed = Json.mapper().readTree(report.resolve("facts.json").toFile());

        try (WorkbenchHost host = WorkbenchHost.start(importing(data, EXPORT))) {
            awaitLoad(host);
            JsonNode load = json(get(host, "/workbench/api/load", null));
            assertThat(load.get("phase").asText()).isEqualTo("done");
            assertThat(load.get("done").asLong()).isEqualTo(5);

            JsonNode tickets = json(get(host, "/workbench/api/tickets?size=10", null));
            assertThat(tickets.get("total").asLong()).isEqualTo(5);
            assertThat(tickets.get("items").findValuesAsText("key")).containsExactly("SD-1", "SD-2", "SD-3", "SD-4", "SD-5");
            assertThat(tickets.get("items").get(0).get("summary").asText()).isEqualTo("Request 1");
            assertThat(tickets.get("items").findValuesAsText("project")).containsOnly("SD");
            assertThat(json(get(host, "/workbench/api/projects", null)).findValuesAsText("key")).containsExactly("SD");
            assertThat(host.tickets().assignee(10001)).hasValue("JIRAUSER10001");

            JsonNode users = json(get(host, "/workbench/api/users", null));
            assertThat(users.findValuesAsText("key")).contains("ada", "leo", "JIRAUSER10001", "JIRAUSER10002")
                    .doesNotContain("alice", "carla");
            assertThat(users.findValuesAsText("name")).contains("Alice Agent");

            for (JsonNode expected : analysed) {
                String key = expected.get("issueKey").asText();
                HttpResponse<String> facts = get(host, "/rest/balance-point/1.0/tickets/" + key + "/facts", "bp-user=leo");
                assertThat(facts.statusCode()).as(facts.body()).isEqualTo(200);
                JsonNode stored = json(facts);
                assertThat(decimal(stored.get("totalCost"))).as("%s: %s", key, facts.body())
                        .isEqualByComparingTo(expected.get("totalCost").decimalValue());
                assertThat(stored.get("fcrStatus").asText()).as(key).isEqualTo(expected.get("fcrStatus").asText());
                assertThat(stored.get("customerTier").asText()).as(key).isEqualTo(expected.get("customerTier").asText());
            }
            assertThat(decimal(json(get(host, "/rest/balance-point/1.0/tickets/SD-2/facts", "bp-user=leo")).get("totalCost")))
                    .as("worked through in AnalyzeTest").isEqualByComparingTo("66.00");
            // An imported agent acts as themselves and sees the desk's projects.
            assertThat(get(host, "/rest/balance-point/1.0/tickets/SD-1/facts", "bp-user=JIRAUSER10001").statusCode()).isEqualTo(200);
        }

        // The same command again: the desk is there, nothing is loaded twice.
        try (WorkbenchHost again = WorkbenchHost.start(importing(data, EXPORT))) {
            LoadStatus status = awaitLoad(again);
            assertThat(status.done()).isEqualTo(5);
            assertThat(again.tickets().count()).isEqualTo(5);
        }
        // And a plain start on the data directory keeps the imported desk and its people.
        try (WorkbenchHost plain = WorkbenchHost.start(new WorkbenchOptions(data, 0, true, 10, 1, Optional.empty(), false, CLOCK))) {
            awaitLoad(plain);
            assertThat(plain.tickets().count()).isEqualTo(5);
            assertThat(json(get(plain, "/workbench/api/users", null)).findValuesAsText("key")).contains("JIRAUSER10001");
            assertThat(get(plain, "/rest/balance-point/1.0/tickets/SD-2/facts", "bp-user=leo").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anotherDeskInTheDataDirectoryIsRefusedUnlessReset(@TempDir Path data, @TempDir Path copies) throws Exception {
        try (WorkbenchHost host = WorkbenchHost.start(importing(data, EXPORT))) {
            awaitLoad(host);
        }
        Path other = JsmExportCopy.of(EXPORT, copies.resolve("other"));
        assertThatThrownBy(() -> WorkbenchHost.start(importing(data, other)))
                .isInstanceOf(WorkbenchStartRefused.class)
                .hasMessageContaining("already holds JSM export")
                .hasMessageContaining("--reset");
        WorkbenchOptions reset = importing(data, other);
        reset = new WorkbenchOptions(reset.dataDirectory(), 0, false, 1, 1, Optional.empty(), true, CLOCK,
                reset.importDirectory(), reset.settingsFile());
        try (WorkbenchHost host = WorkbenchHost.start(reset)) {
            awaitLoad(host);
            assertThat(host.tickets().count()).isEqualTo(5);
        }
    }

    @Test
    void anInvalidExportIsRefusedWithItsProblemsAndChangesNothing(@TempDir Path data, @TempDir Path copies) throws Exception {
        Path broken = JsmExportCopy.of(EXPORT, copies.resolve("broken"));
        JsmExportCopy.replace(broken.resolve("search/page-00000.json"), "\"created\": \"2024-03-04T09:00:00.000+0000\"",
                "\"created\": \"4 March 2024\"");
        Path fresh = data.resolve("fresh");
        assertThatThrownBy(() -> WorkbenchHost.start(importing(fresh, broken)))
                .isInstanceOf(WorkbenchStartRefused.class)
                .hasMessageContaining("search/page-00000.json")
                .hasMessageContaining("fields.created")
                .hasMessageContaining("Nothing was imported");
        assertThat(fresh).doesNotExist();

        // Even with --reset the desk already there stays: the export is checked before anything is deleted.
        Path kept = data.resolve("kept");
        try (WorkbenchHost host = WorkbenchHost.start(importing(kept, EXPORT))) {
            awaitLoad(host);
        }
        WorkbenchOptions reset = new WorkbenchOptions(kept, 0, false, 1, 1, Optional.empty(), true, CLOCK,
                Optional.of(broken), Optional.of(SETTINGS));
        assertThatThrownBy(() -> WorkbenchHost.start(reset)).isInstanceOf(WorkbenchStartRefused.class);
        try (WorkbenchHost host = WorkbenchHost.start(importing(kept, EXPORT))) {
            assertThat(awaitLoad(host).done()).isEqualTo(5);
        }
    }

    @Test
    void anInvalidSettingsDocumentIsRefusedByField(@TempDir Path data) throws Exception {
        Path settings = data.resolve("settings.json");
        Files.writeString(settings, Files.readString(SETTINGS).replaceFirst("\"baseCurrency\": \"EUR\"", "\"baseCurrency\": \"EURO\""));
        WorkbenchOptions options = new WorkbenchOptions(data.resolve("db"), 0, false, 1, 1, Optional.empty(), false, CLOCK,
                Optional.of(EXPORT), Optional.of(settings));
        assertThatThrownBy(() -> WorkbenchHost.start(options))
                .isInstanceOf(WorkbenchStartRefused.class)
                .hasMessageContaining("baseCurrency")
                .hasMessageContaining("Nothing was imported");
        assertThat(data.resolve("db")).doesNotExist();
    }

    private static java.math.BigDecimal decimal(JsonNode money) {
        return money.isObject() ? money.get("amount").decimalValue() : money.decimalValue();
    }

    private HttpResponse<String> get(WorkbenchHost host, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUri().toString()).resolve(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }
}
