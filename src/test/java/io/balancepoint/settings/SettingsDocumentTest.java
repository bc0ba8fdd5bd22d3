package io.balancepoint.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.json.Json;
import io.balancepoint.settings.SettingsCodec.Invalid;
import io.balancepoint.settings.SettingsCodec.Reading;
import io.balancepoint.settings.SettingsCodec.Valid;
import io.balancepoint.validation.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SettingsDocumentTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void defaultsAreValidAndRoundTripExactly() {
        SettingsDocument defaults = SettingsDocument.defaults();
        assertThat(SettingsValidator.problems(defaults)).isEmpty();
        String json = SettingsCodec.write(defaults);
        Reading reading = SettingsCodec.read(json);
        assertThat(reading).isInstanceOf(Valid.class);
        assertThat(((Valid) reading).document()).isEqualTo(defaults);
        assertThat(SettingsCodec.write(((Valid) reading).document())).isEqualTo(json);
    }

    @Test
    void everyProblemOfAWellFormedDocumentIsReportedAtOnceWithItsPath() throws Exception {
        ObjectNode doc = defaultTree();
        doc.put("baseCurrency", "EURO");
        ((ObjectNode) doc.at("/workingTime")).put("timeZone", "Nowhere/City");
        ((ObjectNode) doc.at("/rates/entries/0")).put("hourlyRate", -5);
        ((ObjectNode) doc.at("/fcr")).put("reopenWindowDays", -1);
        ((ObjectNode) doc.at("/anomalies")).putNull("k");

        List<Problem> problems = invalid(doc.toString());
        assertThat(problems).extracting(Problem::field).contains(
                "baseCurrency", "workingTime.timeZone", "rates.entries[0].hourlyRate", "fcr.reopenWindowDays", "anomalies.k");
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
    }

    @Test
    void missingSectionsAndAWrongSchemaVersionAreProblemsNotCrashes() {
        ObjectNode doc = defaultTree();
        doc.remove("routing");
        doc.put("schemaVersion", 9);
        assertThat(invalid(doc.toString())).containsExactlyInAnyOrder(
                new Problem("schemaVersion", "unsupported version 9; this release reads version 1"),
                new Problem("routing", "is required"));
    }

    @Test
    void bindingProblemsNameTheField() {
        ObjectNode doc = defaultTree();
        ((ObjectNode) doc.at("/rates/entries/0")).put("hourlyRate", "forty");
        assertThat(invalid(doc.toString())).singleElement()
                .isEqualTo(new Problem("rates.entries[0].hourlyRate", "must be a number, was \"forty\""));

        ObjectNode typo = defaultTree();
        ((ObjectNode) typo.at("/fcr")).put("reopenWindow", 3);
        assertThat(invalid(typo.toString())).singleElement().isEqualTo(new Problem("fcr.reopenWindow", "unknown field"));

        assertThat(invalid("{\"schemaVersion\": 1, ")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("malformed JSON"));
        assertThat(invalid("")).singleElement().isEqualTo(new Problem("$", "is empty; expected a settings document"));
        assertThat(invalid("null")).singleElement().isEqualTo(new Problem("$", "must be an object"));
    }

    @Test
    void crossSectionReferencesMustExist() {
        ObjectNode doc = defaultTree();
        ArrayNode tierValues = (ArrayNode) doc.at("/roi/tierValues");
        tierValues.addObject().put("tier", "Diamond").put("yearlyProfit", 1000).put("loyaltyYears", 5);
        ((ArrayNode) doc.at("/fcr/businessHourChannels")).add("pigeon");
        List<Problem> problems = invalid(doc.toString());
        assertThat(problems).extracting(Problem::field).contains(
                "roi.tierValues[" + (tierValues.size() - 1) + "].tier",
                "fcr.businessHourChannels[" + (doc.at("/fcr/businessHourChannels").size() - 1) + "]");
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).startsWith("unknown customer tier \"Diamond\"; known: "));
    }

    /**
     * Replaces every value in the default document, one at a time, by null, the wrong type, a
     * negative, a huge or a fractional number, an empty list and an empty object. Reading must
     * always answer Valid or Invalid — never throw — and an Invalid answer always names a field.
     */
    @Test
    void noMutationOfTheDocumentMakesReadingThrow() {
        List<Function<JsonNode, JsonNode>> mutations = List.of(
                n -> NODES.nullNode(),
                n -> NODES.textNode("<script>alert(1)</script>'; DROP TABLE x; --"),
                n -> NODES.numberNode(-1),
                n -> NODES.numberNode(new java.math.BigDecimal("1e40")),
                n -> NODES.numberNode(new java.math.BigDecimal("0.5")),
                n -> NODES.booleanNode(true),
                n -> NODES.arrayNode(),
                n -> NODES.objectNode(),
                n -> { // a list with a null element
                    ArrayNode a = NODES.arrayNode();
                    a.addNull();
                    return a;
                });
        List<String> paths = new ArrayList<>();
        collectPaths(defaultTree(), "", paths);
        assertThat(paths).hasSizeGreaterThan(100);
        int invalidCount = 0;
        for (String path : paths) {
            for (Function<JsonNode, JsonNode> mutation : mutations) {
                ObjectNode doc = defaultTree();
                replace(doc, path, mutation.apply(doc.at(path)));
                Reading reading = SettingsCodec.read(doc.toString());
                if (reading instanceof Invalid invalid) {
                    invalidCount++;
                    assertThat(invalid.problems()).as("problems for %s", path).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.field()).isNotBlank());
                }
            }
        }
        assertThat(invalidCount).as("most mutations must be caught").isGreaterThan(paths.size() * 4);
    }

    @Test
    void theCompleteExampleInTheSettingsDocsIsValid() throws Exception {
        String markdown = Files.readString(Path.of("docs/settings.md"));
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find()).as("docs/settings.md has a json example").isTrue();
        Reading reading = SettingsCodec.read(m.group(1));
        assertThat(reading).as(reading.toString()).isInstanceOf(Valid.class);
    }

    private static List<Problem> invalid(String json) {
        Reading reading = SettingsCodec.read(json);
        assertThat(reading).isInstanceOf(Invalid.class);
        return ((Invalid) reading).problems();
    }

    private static ObjectNode defaultTree() {
        return (ObjectNode) Json.mapper().valueToTree(SettingsDocument.defaults());
    }

    private static void collectPaths(JsonNode node, String path, List<String> out) {
        if (!path.isEmpty()) {
            out.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> collectPaths(node.get(f), path + "/" + f, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPaths(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = path.substring(0, slash).isEmpty() ? root : root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
    }
}
