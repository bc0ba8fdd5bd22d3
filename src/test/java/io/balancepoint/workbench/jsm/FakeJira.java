package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira Data Center that answers the REST resources the export script reads, from the hand-written
 * export, the way Jira pages them: search by startAt/maxResults and with at most one worklog per
 * issue (so the script must fetch the rest), request comments two per page, 404 for absent
 * properties and users, 401 without the right Bearer token.
 */
final class FakeJira implements AutoCloseable {

    static final String TOKEN = "test-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path export;
    private final HttpServer server;
    private final List<JsonNode> issues = new ArrayList<>();
    private final Map<String, JsonNode> issueByKey = new HashMap<>();

    FakeJira(Path export) throws IOException {
        this.export = export;
        try (var pages = Files.list(export.resolve("search"))) {
            for (Path page : pages.sorted().toList()) {
                for (JsonNode issue : read(page).path("issues")) {
                    issues.add(issue);
                    issueByKey.put(issue.path("key").asText(), issue);
                }
            }
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, MAPPER.createObjectNode().put("message", "unauthorized"));
                return;
            }
            JsonNode answer = answer(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()));
            send(exchange, answer == null ? 404 : 200, answer == null ? MAPPER.createObjectNode() : answer);
        }
    }

    private JsonNode answer(String path, Map<String, String> q) {
        Matcher m;
        if (path.equals("/rest/api/2/field")) {
            return file("fields.json");
        }
        if (path.equals("/rest/api/2/status")) {
            return file("statuses.json");
        }
        if (path.equals("/rest/api/2/search")) {
            return search(Integer.parseInt(q.get("startAt")), Integer.parseInt(q.get("maxResults")));
        }
        if ((m = match("/rest/api/2/issue/([A-Z]+-[0-9]+)/worklog", path)) != null) {
            return issueByKey.get(m.group(1)).path("fields").path("worklog");
        }
        if ((m = match("/rest/api/2/issue/([A-Z]+-[0-9]+)/properties/request.channel.type", path)) != null) {
            return fileOrNull("channel/" + m.group(1) + ".json");
        }
        if ((m = match("/rest/servicedeskapi/request/([A-Z]+-[0-9]+)/comment", path)) != null) {
            return servicedeskPage(file("request-comments/" + m.group(1) + ".json"), Integer.parseInt(q.get("start")), 2);
        }
        if (path.equals("/rest/api/2/user")) {
            for (JsonNode user : file("users.json")) {
                if (user.path("key").asText().equals(q.get("key"))) {
                    return user;
                }
            }
            return null;
        }
        if (path.equals("/rest/servicedeskapi/organization")) {
            return servicedeskPage(file("organizations.json"), Integer.parseInt(q.get("start")), 50);
        }
        if ((m = match("/rest/servicedeskapi/organization/([0-9]+)/property/(.+)", path)) != null) {
            JsonNode properties = fileOrNull("organization-properties/" + m.group(1) + ".json");
            for (JsonNode property : properties == null ? MAPPER.createArrayNode() : properties) {
                if (property.path("key").asText().equals(m.group(2))) {
                    return property;
                }
            }
        }
        return null;
    }

    /** Search pages as Data Center gives them: the first 20 worklogs only (here: the first one, to make the script complete them). */
    private JsonNode search(int startAt, int maxResults) {
        ArrayNode page = MAPPER.createArrayNode();
        for (int i = startAt; i < Math.min(issues.size(), startAt + maxResults); i++) {
            ObjectNode issue = issues.get(i).deepCopy();
            ArrayNode worklogs = (ArrayNode) issue.path("fields").path("worklog").path("worklogs");
            while (worklogs.size() > 1) {
                worklogs.remove(worklogs.size() - 1);
            }
            page.add(issue);
        }
        ObjectNode answer = MAPPER.createObjectNode().put("startAt", startAt).put("maxResults", maxResults)
                .put("total", issues.size());
        answer.set("issues", page);
        return answer;
    }

    private static JsonNode servicedeskPage(JsonNode all, int start, int limit) {
        ObjectNode page = all.deepCopy();
        ArrayNode values = MAPPER.createArrayNode();
        JsonNode every = all.path("values");
        for (int i = start; i < Math.min(every.size(), start + limit); i++) {
            values.add(every.get(i));
        }
        page.set("values", values);
        return page.put("start", start).put("limit", limit).put("size", values.size())
                .put("isLastPage", start + limit >= every.size());
    }

    private JsonNode file(String relative) {
        return read(export.resolve(relative));
    }

    private JsonNode fileOrNull(String relative) {
        return Files.exists(export.resolve(relative)) ? file(relative) : null;
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
