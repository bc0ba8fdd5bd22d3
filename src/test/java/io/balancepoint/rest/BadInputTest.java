package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.access.Persona;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import io.balancepoint.store.RoutingDecisionStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad bodies, sent by someone allowed to call (a team lead): each is refused in the
 * error shape with the field at fault, nothing is computed, and nothing about the server leaks.
 * 400: the body cannot be read (malformed, wrong type, unknown field). 422: read, but breaks a rule.
 */
class BadInputTest {

    private static final String STAFFING = "whatif/staffing";
    private static final String SHIFT = "whatif/channel-shift";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The staffing body with one field's JSON value replaced. */
    private static String staffingWith(String field, String json) {
        String body = RequestBodies.STAFFING;
        int start = body.indexOf("\"" + field + "\": ") + field.length() + 4;
        int end = body.charAt(start) == '[' ? body.indexOf(']', start) + 1 : indexOfAny(body, start, ",}");
        return body.substring(0, start) + json + body.substring(end);
    }

    /** The channel-shift body with the phone channel's field replaced. */
    private static String phoneWith(String field, String json) {
        String body = RequestBodies.CHANNEL_SHIFT;
        int phone = body.indexOf("\"phone\"");
        int start = body.indexOf("\"" + field + "\": ", phone) + field.length() + 4;
        return body.substring(0, start) + json + body.substring(indexOfAny(body, start, ",}"));
    }

    private static int indexOfAny(String text, int from, String chars) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // malformed JSON and empty bodies: 400 on the document itself
                bad("truncated", STAFFING, "{\"arrivalsPerInterval\": 100,", 400, "$", "malformed JSON"),
                bad("not JSON at all", STAFFING, "arrivals=100&interval=30", 400, "$", "malformed JSON"),
                bad("single quotes", STAFFING, "{'arrivalsPerInterval': 1}", 400, "$", "malformed JSON"),
                bad("comment", STAFFING, "{/* hi */}", 400, "$", "malformed JSON"),
                bad("empty body", STAFFING, "", 400, "$", "a JSON body is required"),
                bad("null body", SHIFT, "null", 400, "$", "a JSON body is required"),
                bad("array instead of object", STAFFING, "[]", 400, "$", "must be an object"),
                bad("two documents", STAFFING, RequestBodies.STAFFING + "{}", 400, "$", "must be a single JSON document"),
                bad("repeated field", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"percentMoved\": 50", "\"percentMoved\": 50, \"percentMoved\": 90"),
                        400, "percentMoved", "appears twice"),
                // wrong types: 400 on the field
                bad("text for a number", STAFFING, staffingWith("arrivalsPerInterval", "\"many\""), 400, "arrivalsPerInterval", "must be a number"),
                bad("number in a string", STAFFING, staffingWith("shrinkage", "\"0.3\""), 400, "shrinkage", "must be a number"),
                bad("boolean for a number", STAFFING, staffingWith("agentHourlyCost", "true"), 400, "agentHourlyCost", "must be a number"),
                bad("object for a number", STAFFING, staffingWith("averageHandleSeconds", "{}"), 400, "averageHandleSeconds", "must be a number"),
                bad("number for a list", STAFFING, staffingWith("compareAgents", "14"), 400, "compareAgents", "must be a list"),
                bad("not a duration", STAFFING, staffingWith("interval", "\"half an hour\""), 400, "interval", "ISO-8601 duration"),
                bad("number for a name", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"fromChannel\": \"phone\"", "\"fromChannel\": 7"),
                        400, "fromChannel", "must be a string"),
                bad("fraction of an agent", STAFFING, staffingWith("compareAgents", "[13, 2.5]"), 400, "compareAgents[1]", "must be a whole number"),
                bad("fraction of a contact", SHIFT, phoneWith("contacts", "1000.5"), 400, "channels[0].contacts", "must be a whole number"),
                bad("contacts beyond a long", SHIFT, phoneWith("contacts", "99999999999999999999"), 400, "channels[0].contacts", ""),
                bad("contacts in exponent form", SHIFT, phoneWith("contacts", "1e400"), 400, "channels[0].contacts", "must be a whole number"),
                // unknown fields: 400 with their path
                bad("unknown field", STAFFING, staffingWith("shrinkage", "0.3, \"colour\": \"red\""), 400, "colour", "unknown field"),
                bad("unknown nested field", SHIFT, phoneWith("resolutions", "400, \"agentSalary\": 1"), 400, "channels[0].agentSalary", "unknown field"),
                // read fine but breaks a rule: 422 with the field
                bad("negative arrivals", STAFFING, staffingWith("arrivalsPerInterval", "-1"), 422, "arrivalsPerInterval", "must not be negative"),
                bad("zero handle time", STAFFING, staffingWith("averageHandleSeconds", "0"), 422, "averageHandleSeconds", "must be greater than 0"),
                bad("service level as percent", STAFFING, staffingWith("targetServiceLevel", "80"), 422, "targetServiceLevel", "less than 1"),
                bad("all shrinkage", STAFFING, staffingWith("shrinkage", "1"), 422, "shrinkage", "less than 1"),
                bad("negative interval", STAFFING, staffingWith("interval", "\"-PT30M\""), 422, "interval", "longer than zero"),
                bad("negative agents", STAFFING, staffingWith("compareAgents", "[-1]"), 422, "compareAgents[0]", "between 0 and 100000"),
                bad("null agents", STAFFING, staffingWith("compareAgents", "[null]"), 422, "compareAgents[0]", "must not be null"),
                bad("negative contacts", SHIFT, phoneWith("contacts", "-5"), 422, "channels[0].contacts", "between 0 and"),
                bad("negative cost", SHIFT, phoneWith("costPerContact", "-6"), 422, "channels[0].costPerContact", "must not be negative"),
                bad("over 100 percent", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"percentMoved\": 50", "\"percentMoved\": 100.01"),
                        422, "percentMoved", "between 0 and 100"),
                bad("missing field", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"percentMoved\": 50", "\"percentMoved\": null"),
                        422, "percentMoved", "is required"),
                bad("shift to the same channel", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"toChannel\": \"app\"", "\"toChannel\": \"phone\""),
                        422, "toChannel", "must differ from fromChannel"),
                // huge and absurdly precise values: 422 before any arithmetic
                bad("huge arrivals", STAFFING, staffingWith("arrivalsPerInterval", "1e13"), 422, "arrivalsPerInterval", "must be at most"),
                bad("astronomic cost", STAFFING, staffingWith("agentHourlyCost", "1e999999999"), 422, "agentHourlyCost", "must be at most"),
                bad("billion decimal places", STAFFING, staffingWith("targetAnswerSeconds", "1e-999999999"), 422, "targetAnswerSeconds", "decimal places"),
                bad("offered load too high", STAFFING, staffingWith("arrivalsPerInterval", "100000000"), 422, "arrivalsPerInterval", "offered load"),
                bad("interval over a day", STAFFING, staffingWith("interval", "\"P400D\""), 422, "interval", "at most one day"),
                bad("too many agents to compare", STAFFING, staffingWith("compareAgents", "[1000000]"), 422, "compareAgents[0]", "between 0 and 100000"),
                bad("too many comparisons", STAFFING, staffingWith("compareAgents", Arrays.toString(new int[21])), 422, "compareAgents", "at most 20 entries"),
                bad("contacts beyond the limit", SHIFT, phoneWith("contacts", "9000000000000000000"), 422, "channels[0].contacts", "between 0 and"),
                // markup and SQL are data, refused where they are not ids, and never echoed as markup
                bad("script tag as channel", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"phone\"", "\"<script>alert(1)</script>\""),
                        422, "channels[0].channel", "must be an id"),
                bad("markup in a from channel", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"fromChannel\": \"phone\"", "\"fromChannel\": \"<img src=x onerror=alert(1)>\""),
                        422, "fromChannel", "must be an id"),
                bad("SQL as channel", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"chat\"", "\"chat'; DROP TABLE AO_A20EDB_COST_LINE;--\""),
                        422, "channels[1].channel", "must be an id"),
                bad("SQL as to channel", SHIFT, RequestBodies.CHANNEL_SHIFT.replace("\"toChannel\": \"app\"", "\"toChannel\": \"' OR 1=1 --\""),
                        422, "toChannel", "must be an id"),
                bad("script in a duration", STAFFING, staffingWith("interval", "\"<script>alert(1)</script>\""), 400, "interval", "ISO-8601 duration"));
    }

    private static Arguments bad(String name, String path, String body, int status, String field, String reason) {
        return Arguments.of(name, path, body, status, field, reason);
    }

    @ParameterizedTest(name = "{0}: {3} on {4}")
    @MethodSource("corpus")
    void isRefusedWithTheFieldAtFault(String name, String path, String body, int status, String field, String reason) {
        ApiClient.ApiResponse response = api.client().post(path).as(Persona.LEAD).json(body).send();

        List<String> errors = ErrorShape.assertError(response, status);
        assertThat(errors).as(response.body()).anySatisfy(error -> assertThat(error).startsWith(field + ": ").contains(reason));
        assertThat(response.body()).doesNotContain("<script", "<img", "DROP TABLE x");
    }

    @Test
    void everyRuleProblemIsReportedAtOnce() {
        String body = """
                {"arrivalsPerInterval": -1, "interval": "PT0S", "averageHandleSeconds": 180,
                 "targetAnswerSeconds": -20, "targetServiceLevel": 0, "shrinkage": 1e20,
                 "agentHourlyCost": null, "compareAgents": [14, -3]}
                """;
        List<String> errors = ErrorShape.assertError(api.client().post(STAFFING).as(Persona.ADMIN).json(body).send(), 422);

        assertThat(errors).containsExactly(
                // limits first; the rule problems of a field over a limit are not repeated
                "shrinkage: must be at most 1000000000000 in size",
                "compareAgents[1]: must be between 0 and 100000",
                "arrivalsPerInterval: must not be negative",
                "interval: must be longer than zero",
                "targetAnswerSeconds: must not be negative",
                "targetServiceLevel: must be greater than 0 and less than 1 (a fraction: 0.80 = 80 %)",
                "agentHourlyCost: is required");
    }

    @Test
    void channelProblemsArePathedToTheirEntry() {
        String body = """
                {"channels": [{"channel": "phone", "contacts": 10, "costPerContact": 6, "resolutions": 4},
                              {"channel": "phone", "contacts": -1, "costPerContact": 1.00000000001},
                              null],
                 "fromChannel": "phone", "toChannel": "bot", "percentMoved": 50}
                """;
        List<String> errors = ErrorShape.assertError(api.client().post(SHIFT).as(Persona.ADMIN).json(body).send(), 422);

        assertThat(errors).containsExactly(
                "channels[1].contacts: must be between 0 and 1000000000000",
                "channels[1].costPerContact: must have at most 10 decimal places",
                "channels[1].resolutions: is required",
                "channels[2]: must not be null",
                "channels[1].channel: duplicates channels[0] (phone)",
                "toChannel: is not among channels");
    }

    @Test
    void aBodyAnnouncedOverOneMebibyteIsRefusedUnread() {
        byte[] body = paddedJson(RequestBodyReader.MAX_BYTES + 1);
        ApiClient.ApiResponse response = api.client().post(STAFFING).as(Persona.LEAD).body("application/json", body).send();

        ErrorShape.assertError(response, 413);
        assertThat(response.json().get("message").asText()).isEqualTo("The request body is larger than 1048576 bytes.");
    }

    @Test
    void aStreamedBodyIsCutOffAtOneMebibyte() {
        // no Content-Length: the limit applies while the body is read
        ApiClient.ApiResponse response = api.client().post(STAFFING).as(Persona.LEAD)
                .streamed("application/json", () -> new ByteArrayInputStream(paddedJson(RequestBodyReader.MAX_BYTES + 1)))
                .send();

        ErrorShape.assertError(response, 413);
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        byte[] body = paddedJson(RequestBodyReader.MAX_BYTES);
        ApiClient.ApiResponse response = api.client().post(STAFFING).as(Persona.LEAD)
                .streamed("application/json", () -> new ByteArrayInputStream(body)).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void paddingHelperMakesExactSizes() {
        assertThat(paddedJson(5000)).hasSize(5000);
        assertThatThrownBy(() -> paddedJson(10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The valid staffing body followed by whitespace, {@code size} bytes in all: only its size is wrong. */
    private static byte[] paddedJson(long size) {
        byte[] json = RequestBodies.STAFFING.getBytes(StandardCharsets.UTF_8);
        if (size < json.length) {
            throw new IllegalArgumentException("smaller than the body itself");
        }
        byte[] padded = new byte[(int) size];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, 0, json.length);
        return padded;
    }

    /**
     * The routing dry run reads the stores, so its corpus runs against them: each bad body is refused
     * with the field at fault and nothing is recorded or saved.
     */
    @Nested
    class RoutingDryRun extends StoredApiTest {

        private static final String DRY_RUN = "whatif/routing-dry-run";

        private static String withRouting(String routing) {
            return "{\"project\": \"SD\", \"routing\": " + routing + "}";
        }

        Stream<Arguments> dryRunCorpus() {
            String rules = RoutingResourceTest.HELP_TO_L2;
            return Stream.of(
                    bad("truncated", DRY_RUN, "{\"project\": \"SD\",", 400, "$", "malformed JSON"),
                    bad("null body", DRY_RUN, "null", 400, "$", "a JSON body is required"),
                    bad("text for a count", DRY_RUN, "{\"project\": \"SD\", \"tickets\": \"ten\"}", 400, "tickets", "must be a whole number"),
                    bad("fraction of a ticket", DRY_RUN, "{\"project\": \"SD\", \"tickets\": 2.5}", 400, "tickets", "must be a whole number"),
                    bad("count beyond an int", DRY_RUN, "{\"project\": \"SD\", \"tickets\": 99999999999}", 400, "tickets", ""),
                    bad("number for a project", DRY_RUN, "{\"project\": 7}", 400, "project", "must be a string"),
                    bad("unknown field", DRY_RUN, "{\"project\": \"SD\", \"colour\": \"red\"}", 400, "colour", "unknown field"),
                    bad("unknown field in the rules", DRY_RUN, withRouting(rules.replace("\"fallbackSupportTier\"", "\"colour\": 1, \"fallbackSupportTier\"")),
                            400, "routing.colour", "unknown field"),
                    bad("no project", DRY_RUN, "{\"tickets\": 10}", 422, "project", "is required"),
                    bad("no tickets", DRY_RUN, "{\"project\": \"SD\", \"tickets\": 0}", 422, "tickets", "between 1 and 500"),
                    bad("negative tickets", DRY_RUN, "{\"project\": \"SD\", \"tickets\": -1}", 422, "tickets", "between 1 and 500"),
                    bad("too many tickets", DRY_RUN, "{\"project\": \"SD\", \"tickets\": 501}", 422, "tickets", "between 1 and 500"),
                    bad("script as project", DRY_RUN, "{\"project\": \"<script>alert(1)</script>\"}", 422, "project", "must be a project key"),
                    bad("SQL as project", DRY_RUN, "{\"project\": \"SD'; DROP TABLE AO_A20EDB_ROUTING_DECISION;--\"}", 422, "project", "must be a project key"),
                    bad("rule to an unknown tier", DRY_RUN, withRouting(rules.replace("\"supportTier\": \"L2\"", "\"supportTier\": \"L9\"")),
                            422, "routing.rules[0].action.supportTier", ""),
                    bad("unknown customer tier", DRY_RUN, withRouting(rules.replace("\"customerTiers\": []", "\"customerTiers\": [\"Diamond\"]")),
                            422, "routing.rules[0].conditions", "Diamond"),
                    bad("no support tiers", DRY_RUN, withRouting(rules.replace("[\"L1\", \"L2\", \"L3\", \"Dedicated\"]", "[]")),
                            422, "routing.", ""),
                    bad("blank rule id", DRY_RUN, withRouting(rules.replace("\"help-l2\"", "\" \"")), 422, "routing.rules[0].id", "is required"));
        }

        @ParameterizedTest(name = "{0}: {3} on {4}")
        @MethodSource("dryRunCorpus")
        void isRefusedWithTheFieldAtFaultAndChangesNothing(String name, String path, String body, int status, String field,
                                                           String reason) {
            long revision = stores().settings().currentRevision();

            ApiClient.ApiResponse response = client().post(path).as(Persona.LEAD).json(body).send();

            List<String> errors = ErrorShape.assertError(response, status);
            assertThat(errors).as(response.body()).anySatisfy(error -> assertThat(error).startsWith(field).contains(reason));
            assertThat(response.body()).doesNotContain("<script", "<img", "DROP TABLE");
            assertThat(stores().settings().currentRevision()).isEqualTo(revision);
            assertThat(new RoutingDecisionStore(stores().storage()).recent("SD", 10)).isEmpty();
        }
    }
}
