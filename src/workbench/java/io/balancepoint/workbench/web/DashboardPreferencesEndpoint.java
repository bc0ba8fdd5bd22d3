package io.balancepoint.workbench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.balancepoint.json.Json;
import io.balancepoint.workbench.sample.DemoPeople;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET} and {@code PUT /workbench/api/dashboard-items/{item}/preferences}: the acting user's
 * preferences of one dashboard item, which the workbench's dashboard API ({@code savePreferences})
 * stores as Jira's dashboard does: a small map of string values per item and user. Users see and
 * change only their own; anonymous callers get 401. A {@code PUT} follows the API's forgery rule and
 * is refused whole, with the field and the reason, when its shape is wrong; nothing is stored then.
 */
public final class DashboardPreferencesEndpoint implements HttpHandler {

    public static final String PATH = WorkbenchEndpoints.PATH + "dashboard-items/";
    static final int MAX_BODY = 32 * 1024;
    static final int MAX_ENTRIES = 20;
    static final int MAX_VALUE_LENGTH = 8 * 1024;
    private static final Pattern ITEM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final ObjectMapper JSON = Json.mapper();

    private final List<DemoPeople.DemoUser> users;
    private final DashboardPreferences preferences;

    public DashboardPreferencesEndpoint(List<DemoPeople.DemoUser> users, DashboardPreferences preferences) {
        this.users = List.copyOf(users);
        this.preferences = preferences;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String rest = exchange.getRequestURI().getPath().substring(PATH.length());
            int slash = rest.indexOf('/');
            if (slash < 0 || !rest.substring(slash).equals("/preferences")) {
                WorkbenchEndpoints.error(exchange, 404, "No such workbench endpoint: dashboard-items/" + rest, List.of());
                return;
            }
            String item = rest.substring(0, slash);
            if (!ITEM.matcher(item).matches()) {
                WorkbenchEndpoints.error(exchange, 400, "Invalid dashboard item.",
                        List.of(WorkbenchEndpoints.problem("item", "must be 1 to 64 lower-case letters, digits or dashes")));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("PUT")) {
                WorkbenchEndpoints.methodNotAllowed(exchange, "GET, PUT");
                return;
            }
            Optional<DemoPeople.DemoUser> user = WorkbenchEndpoints.actingUser(exchange, users);
            if (user.isEmpty()) {
                WorkbenchEndpoints.error(exchange, 401, "Act as a user to keep dashboard preferences.", List.of());
                return;
            }
            if (method.equals("PUT")) {
                put(exchange, user.get().key(), item);
            } else {
                WorkbenchEndpoints.send(exchange, 200, answer(preferences.of(user.get().key(), item)));
            }
        }
    }

    private void put(HttpExchange exchange, String user, String item) throws IOException {
        Optional<String> refusal = WorkbenchEndpoints.forgeryRefusal(exchange);
        if (refusal.isPresent()) {
            WorkbenchEndpoints.error(exchange, 403, refusal.get(), List.of());
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                WorkbenchEndpoints.error(exchange, 413, "The request body is larger than " + MAX_BODY + " bytes.", List.of());
                return;
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            WorkbenchEndpoints.error(exchange, 400, "The request body is not JSON.", List.of());
            return;
        }
        List<Map<String, String>> problems = new ArrayList<>();
        Map<String, String> values = read(body, problems);
        if (!problems.isEmpty()) {
            WorkbenchEndpoints.error(exchange, 422, "The preferences were not saved.", problems);
            return;
        }
        preferences.save(user, item, values);
        WorkbenchEndpoints.send(exchange, 200, answer(preferences.of(user, item)));
    }

    /** {"preferences": {name: text, …}}: at most {@value #MAX_ENTRIES} names, texts of at most {@value #MAX_VALUE_LENGTH} characters. */
    private static Map<String, String> read(JsonNode body, List<Map<String, String>> problems) {
        JsonNode map = body == null ? null : body.get("preferences");
        if (body == null || !body.isObject() || map == null || !map.isObject()) {
            problems.add(WorkbenchEndpoints.problem("preferences", "must be an object of text values"));
            return Map.of();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("preferences")) {
                problems.add(WorkbenchEndpoints.problem(name, "is not a field of this endpoint (preferences)"));
            }
        }
        if (map.size() > MAX_ENTRIES) {
            problems.add(WorkbenchEndpoints.problem("preferences", "must have at most " + MAX_ENTRIES + " entries"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        map.fields().forEachRemaining(entry -> {
            String field = "preferences." + entry.getKey();
            if (!NAME.matcher(entry.getKey()).matches()) {
                problems.add(WorkbenchEndpoints.problem(field, "must be a name of letters, digits, '_', '.' or '-' starting with a letter"));
            } else if (!entry.getValue().isTextual()) {
                problems.add(WorkbenchEndpoints.problem(field, "must be text"));
            } else if (entry.getValue().asText().length() > MAX_VALUE_LENGTH) {
                problems.add(WorkbenchEndpoints.problem(field, "must be at most " + MAX_VALUE_LENGTH + " characters"));
            } else {
                values.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return values;
    }

    private static Map<String, Object> answer(Map<String, String> values) {
        return Map.of("preferences", values);
    }
}
