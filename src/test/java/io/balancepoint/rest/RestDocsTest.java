package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import io.balancepoint.store.FactsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/rest.md are true: each request block is sent to the real server and the
 * answer must be the response block that follows it (status, content type, JSON; numbers compared
 * by value, so 10 and 10.0 are the same). The examples run in order on one empty database (the
 * stores' tests' HSQLDB), so a later example sees what an earlier one saved.
 */
class RestDocsTest extends StoredApiTest {

    private static final Path DOC = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("docs/rest.md");
    private static final Pattern HTTP_BLOCK = Pattern.compile("```http\\n(.*?)```", Pattern.DOTALL);
    private static final String BASE = "/rest/balance-point/1.0/";

    /** A request or response block: first line, headers, body. */
    record Message(String firstLine, Map<String, String> headers, String body) {

        static Message parse(String block) {
            String[] headAndBody = block.split("\\n\\n", 2);
            String[] lines = headAndBody[0].split("\\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":\\s*", 2);
                headers.put(header[0], header[1]);
            }
            return new Message(lines[0], headers, headAndBody.length > 1 ? headAndBody[1].strip() : "");
        }
    }

    private static List<Message[]> examples() throws IOException {
        Matcher blocks = HTTP_BLOCK.matcher(Files.readString(DOC));
        List<Message> messages = new ArrayList<>();
        while (blocks.find()) {
            messages.add(Message.parse(blocks.group(1)));
        }
        List<Message[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < messages.size(); i += 2) {
            assertThat(messages.get(i).firstLine()).as("block %d is a request", i).doesNotStartWith("HTTP/");
            assertThat(messages.get(i + 1).firstLine()).as("block %d is a response", i + 1).startsWith("HTTP/1.1 ");
            pairs.add(new Message[] {messages.get(i), messages.get(i + 1)});
        }
        assertThat(messages).as("requests and responses come in pairs").hasSize(pairs.size() * 2);
        return pairs;
    }

    /** For the comparison example: five usual password resets and SD-1's facts (no ledger lines, so its cost example stays empty). */
    @BeforeEach
    void desk() {
        TicketResourceTest.writeUsualResets(stores(), 5);
        stores().facts().put(TicketResourceTest.facts(), FactsStore.ABSENT);
    }

    @Test
    void everyExampleAnswersAsDocumented() throws IOException {
        List<Message[]> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Message[] example : examples) {
            Message request = example[0];
            Message expected = example[1];
            String[] requestLine = request.firstLine().split(" ");
            assertThat(requestLine[1]).startsWith(BASE);

            ApiClient.Request call = client().method(requestLine[0], requestLine[1].substring(BASE.length()));
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    call.header(name, value);
                }
            });
            call.body(request.headers().get("Content-Type"), request.body().getBytes(StandardCharsets.UTF_8));
            ApiClient.ApiResponse actual = call.send();

            String what = request.firstLine() + " " + request.body();
            assertThat(actual.status()).as(what + "\n" + actual.body())
                    .isEqualTo(Integer.parseInt(expected.firstLine().split(" ")[1]));
            assertThat(actual.header("Content-Type")).as(what).startsWith(expected.headers().get("Content-Type"));
            assertSameJson(what, Json.mapper().readTree(expected.body()), actual.json(), "$");
        }
    }

    private static void assertSameJson(String what, JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(what + " at " + path).isTrue();
            assertThat(actual.decimalValue()).as(what + " at " + path).isEqualByComparingTo(expected.decimalValue());
        } else if (expected.isObject()) {
            List<String> expectedNames = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertThat(actualNames).as(what + " fields at " + path).containsExactlyElementsOf(expectedNames);
            for (String name : expectedNames) {
                assertSameJson(what, expected.get(name), actual.get(name), path + "." + name);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(what + " size at " + path).isEqualTo(expected.size());
            Iterator<JsonNode> actualItems = actual.elements();
            int i = 0;
            for (JsonNode item : expected) {
                assertSameJson(what, item, actualItems.next(), path + "[" + i++ + "]");
            }
        } else {
            assertThat(actual).as(what + " at " + path).isEqualTo(expected);
        }
    }
}
