package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.access.Persona;
import io.balancepoint.json.Json;
import io.balancepoint.settings.SettingsCodec;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.SettingsChange;
import io.balancepoint.store.StoredSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings endpoints over real HTTP on HSQLDB: revisions, conflicts, validation, history, export and import. */
class SettingsResourceTest extends StoredApiTest {

    /** The defaults as an editable JSON tree. */
    static ObjectNode defaultsJson() {
        try {
            return (ObjectNode) Json.mapper().readTree(SettingsCodec.write(SettingsDocument.defaults()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The defaults with another default hourly rate. */
    static ObjectNode withDefaultRate(String rate) {
        ObjectNode doc = defaultsJson();
        ((ObjectNode) doc.at("/rates/entries/0")).put("hourlyRate", new java.math.BigDecimal(rate));
        return doc;
    }

    static String update(Long revision, String comment, JsonNode document) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (revision != null) {
            body.put("revision", revision);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        body.set("document", document);
        return body.toString();
    }

    private ApiClient.ApiResponse put(String user, String ifMatch, String body) {
        ApiClient.Request request = client().method("PUT", "settings").as(user).json(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.send();
    }

    @Test
    void beforeTheFirstSaveTheDefaultsAreRevisionZero() {
        ApiClient.ApiResponse response = client().get("settings").as(Persona.ADMIN).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.json().get("revision").asLong()).isZero();
        assertThat(response.json().get("savedBy").isNull()).isTrue();
        assertThat(response.json().get("document")).isEqualTo(defaultsJson());
    }

    @Test
    void aSaveWithIfMatchBecomesTheNextRevisionAndIsInTheHistory() {
        ApiClient.ApiResponse saved = put(Persona.ADMIN, "\"0\"", update(null, "rates for 2026", withDefaultRate("47.50")));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().get("revision").asLong()).isEqualTo(1);
        assertThat(saved.json().get("savedBy").asText()).isEqualTo(Persona.ADMIN);
        assertThat(saved.json().get("savedAt").asText()).isEqualTo(NOW.toString());
        StoredSettings current = stores().settings().current();
        assertThat(current.revision()).isEqualTo(1);
        assertThat(current.document().rates().entries().get(0).hourlyRate()).isEqualByComparingTo("47.50");

        JsonNode history = client().get("settings/history").as(Persona.ADMIN).send().json();
        assertThat(history.get("total").asInt()).isEqualTo(1);
        assertThat(history.get("changes").get(0).get("comment").asText()).isEqualTo("rates for 2026");
        assertThat(stores().audit().count()).isEqualTo(1);
    }

    @Test
    void aSaveWithTheRevisionInTheBodyWorksToo() {
        assertThat(put(Persona.ADMIN, null, update(0L, null, withDefaultRate("40"))).status()).isEqualTo(200);
        assertThat(put(Persona.ADMIN, null, update(1L, null, withDefaultRate("41"))).status()).isEqualTo(200);
        assertThat(stores().settings().currentRevision()).isEqualTo(2);
    }

    @Test
    void aStaleRevisionIsAConflictAndSavesNothing() {
        put(Persona.ADMIN, "\"0\"", update(null, null, withDefaultRate("47.50")));

        ApiClient.ApiResponse stale = put(Persona.FINANCE, "\"0\"", update(null, null, withDefaultRate("99")));

        ErrorShape.assertError(stale, 409);
        assertThat(stale.json().get("message").asText()).contains("version 1", "version 0");
        assertThat(stores().settings().currentRevision()).isEqualTo(1);
        assertThat(stores().settings().current().document().rates().entries().get(0).hourlyRate()).isEqualByComparingTo("47.50");
        assertThat(stores().settings().historySize()).isEqualTo(1);
    }

    @Test
    void anInvalidDocumentGetsEveryProblemAndNothingIsSaved() {
        ObjectNode doc = withDefaultRate("-5");
        doc.put("baseCurrency", "EURO");
        doc.put("schemaVersion", 7);

        ApiClient.ApiResponse response = put(Persona.ADMIN, "\"0\"", update(null, "x".repeat(451), doc));

        List<String> errors = ErrorShape.assertError(response, 422);
        assertThat(errors).hasSize(4).anySatisfy(e -> assertThat(e).startsWith("comment: must be at most 450"))
                .anySatisfy(e -> assertThat(e).startsWith("document.schemaVersion: unsupported version 7"))
                .anySatisfy(e -> assertThat(e).startsWith("document.baseCurrency: \"EURO\" is not"))
                .anySatisfy(e -> assertThat(e).startsWith("document.rates.entries[0].hourlyRate:"));
        assertUnchanged();
    }

    @Test
    void theRevisionIsRequiredAndMustAgreeWithIfMatch() {
        assertThat(ErrorShape.assertError(put(Persona.ADMIN, null, update(null, null, defaultsJson())), 422))
                .containsExactly("revision: is required");
        assertThat(ErrorShape.assertError(put(Persona.ADMIN, "\"0\"", update(3L, null, defaultsJson())), 422))
                .containsExactly("revision: differs from If-Match (0); send one of them");
        assertThat(ErrorShape.assertError(put(Persona.ADMIN, null, update(0L, null, null)), 422))
                .containsExactly("document: is required");
        assertThat(ErrorShape.assertError(put(Persona.ADMIN, "W/\"0\"", update(null, null, defaultsJson())), 400))
                .containsExactly("If-Match: must be the ETag of GET /settings, a revision in quotes such as \"3\"");
        assertUnchanged();
    }

    @Test
    void onlyAJiraAdministratorChangesTheVisibilitySection() {
        ObjectNode widened = defaultsJson();
        ((ObjectNode) widened.get("visibility")).putArray("rateViewerGroups").add("finance");

        ErrorShape.assertError(put(Persona.FINANCE, "\"0\"", update(null, null, widened)), 403);
        assertUnchanged();

        assertThat(put(Persona.FINANCE, "\"0\"", update(null, null, withDefaultRate("50"))).status()).isEqualTo(200);
        assertThat(put(Persona.ADMIN, "\"1\"", update(null, null, widened)).status()).isEqualTo(200);
        assertThat(stores().settings().current().document().visibility().rateViewerGroups()).containsExactly("finance");
    }

    @Test
    void historyIsPagedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            put(Persona.ADMIN, "\"" + i + "\"", update(null, "change " + (i + 1), withDefaultRate("4" + i)));
        }

        JsonNode page = client().get("settings/history?offset=1&limit=1").as(Persona.ADMIN).send().json();

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("changes")).hasSize(1);
        assertThat(page.get("changes").get(0).get("revision").asLong()).isEqualTo(2);
        assertThat(page.get("changes").get(0).get("comment").asText()).isEqualTo("change 2");

        JsonNode second = client().get("settings/history/2").as(Persona.ADMIN).send().json();
        assertThat(second.at("/document/rates/entries/0/hourlyRate").decimalValue()).isEqualByComparingTo("41");
        ErrorShape.assertError(client().get("settings/history/9").as(Persona.ADMIN).send(), 404);
        assertThat(ErrorShape.assertError(client().get("settings/history/x").as(Persona.ADMIN).send(), 400))
                .containsExactly("revision: must be a whole number, was \"x\"");
    }

    @Test
    void pageParametersAreChecked() {
        assertThat(ErrorShape.assertError(client().get("settings/history?limit=abc").as(Persona.ADMIN).send(), 400))
                .containsExactly("limit: must be a whole number, was \"abc\"");
        assertThat(ErrorShape.assertError(client().get("settings/history?offset=-1&limit=201").as(Persona.ADMIN).send(), 422))
                .containsExactly("offset: must be between 0 and 1000000", "limit: must be between 1 and 200");
    }

    @Test
    void anExportedDocumentImportsAsTheNextRevision() {
        put(Persona.ADMIN, "\"0\"", update(null, null, withDefaultRate("47.50")));

        ApiClient.ApiResponse export = client().get("settings/export").as(Persona.ADMIN).send();
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"balance-point-settings-r1.json\"");
        assertThat(export.json()).isEqualTo(withDefaultRate("47.50"));

        ApiClient.ApiResponse imported = client().post("settings/import?revision=1").as(Persona.ADMIN).json(export.body()).send();

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("revision").asLong()).isEqualTo(2);
        assertThat(stores().settings().history(0, 1)).containsExactly(new SettingsChange(2, Persona.ADMIN, NOW, "imported"));
        assertThat(stores().settings().current().document()).isEqualTo(stores().settings().revision(1).orElseThrow().document());
    }

    @Test
    void anInvalidImportIsNeverApplied() {
        ObjectNode doc = withDefaultRate("-1");
        doc.put("baseCurrency", "XXX");

        List<String> errors = ErrorShape.assertError(
                client().post("settings/import?revision=0").as(Persona.ADMIN).json(doc.toString()).send(), 422);
        assertThat(errors).hasSize(2).anySatisfy(e -> assertThat(e).startsWith("baseCurrency:"))
                .anySatisfy(e -> assertThat(e).startsWith("rates.entries[0].hourlyRate:"));
        assertThat(ErrorShape.assertError(client().post("settings/import").as(Persona.ADMIN)
                .json(defaultsJson().toString()).send(), 422)).containsExactly(
                "revision: is required: the revision the import replaces (query parameter or If-Match)");
        assertThat(ErrorShape.assertError(client().post("settings/import?revision=0").as(Persona.ADMIN)
                .json("{\"schemaVersion\": 1, \"surprise\": true}").send(), 400)).hasSize(1);
        assertUnchanged();
    }

    @Test
    void aDryRunImportOnlyValidates() {
        ApiClient.ApiResponse check = client().post("settings/import?dryRun=true").as(Persona.ADMIN)
                .json(withDefaultRate("50").toString()).send();

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json()).isEqualTo(Json.mapper().createObjectNode().put("valid", true).put("currentRevision", 0));
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(stores().settings().currentRevision()).isZero();
        assertThat(stores().settings().historySize()).isZero();
        assertThat(stores().audit().count()).isZero();
    }
}
