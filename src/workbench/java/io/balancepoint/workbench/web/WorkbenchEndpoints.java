package io.balancepoint.workbench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.balancepoint.json.Json;
import io.balancepoint.workbench.api.HeaderAuthentication;
import io.balancepoint.workbench.api.XsrfGuard;
import io.balancepoint.workbench.load.LoadStatus;
import io.balancepoint.workbench.sample.DemoPeople;
import io.balancepoint.workbench.tickets.WorkbenchTickets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workbench's own JSON endpoints under {@value #PATH}: the demo users, "act as" one of them
 * (sets the {@value HeaderAuthentication#COOKIE} cookie), who am I, the progress of the desk load,
 * projects and a paged ticket list for the pages' navigation. The ticket list is not access
 * checked: it shows keys and summaries of a demo desk; costs and facts come only from the REST API,
 * which checks every call.
 *
 * <p>"Act as" changes who the browser is, so it follows the API's forgery rule ({@link XsrfGuard}):
 * JSON or the {@code X-Atlassian-Token: no-check} header, and no foreign {@code Origin}. Errors use
 * the API's shape {@code {status, message, errors: [{field, reason}]}}.
 */
public final class WorkbenchEndpoints implements HttpHandler {

    public static final String PATH = "/workbench/api/";
    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_BODY = 4096;
    private static final ObjectMapper JSON = Json.mapper();

    private final List<DemoPeople.DemoUser> users;
    private final WorkbenchTickets tickets;
    private final Supplier<LoadStatus> load;

    public WorkbenchEndpoints(List<DemoPeople.DemoUser> users, WorkbenchTickets tickets, Supplier<LoadStatus> load) {
        this.users = List.copyOf(users);
        this.tickets = tickets;
        this.load = load;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String endpoint = exchange.getRequestURI().getPath().substring(PATH.length());
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (endpoint.equals("act-as")) {
                if (!method.equals("POST")) {
                    methodNotAllowed(exchange, "POST");
                } else {
                    actAs(exchange);
                }
                return;
            }
            if (!method.equals("GET")) {
                methodNotAllowed(exchange, "GET");
                return;
            }
            switch (endpoint) {
                case "users" -> send(exchange, 200, users.stream().map(WorkbenchEndpoints::person).toList());
                case "me" -> send(exchange, 200, me(exchange));
                case "load" -> send(exchange, 200, loadStatus());
                case "projects" -> send(exchange, 200, tickets.projects());
                case "tickets" -> ticketList(exchange);
                default -> error(exchange, 404, "No such workbench endpoint: " + endpoint, List.of());
            }
        }
    }

    private void actAs(HttpExchange exchange) throws IOException {
        Optional<String> refusal = forgeryRefusal(exchange);
        if (refusal.isPresent()) {
            error(exchange, 403, refusal.get(), List.of());
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                error(exchange, 413, "The request body is too large.", List.of());
                return;
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            error(exchange, 400, "The request body is not JSON.", List.of());
            return;
        }
        if (body == null || !body.isObject() || !body.has("user") || !(body.get("user").isTextual() || body.get("user").isNull())) {
            error(exchange, 422, "Name the user to act as.", List.of(problem("user", "must be a user key or null (anonymous)")));
            return;
        }
        if (body.get("user").isNull()) {
            exchange.getResponseHeaders().add("Set-Cookie", HeaderAuthentication.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            send(exchange, 200, anonymous());
            return;
        }
        String key = body.get("user").asText();
        Optional<DemoPeople.DemoUser> user = user(key);
        if (user.isEmpty()) {
            error(exchange, 422, "There is no such demo user.", List.of(problem("user", "is not a demo user: " + key)));
            return;
        }
        exchange.getResponseHeaders().add("Set-Cookie", HeaderAuthentication.COOKIE + "=" + key + "; Path=/; HttpOnly; SameSite=Strict");
        send(exchange, 200, person(user.get()));
    }

    /** The same rule as the API's {@link XsrfGuard}: no foreign origin; JSON, or the no-check token. */
    static Optional<String> forgeryRefusal(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !sameOrigin(exchange, origin)) {
            return Optional.of("Cross-origin request refused.");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean json = type != null && type.toLowerCase(Locale.ROOT).split(";")[0].strip().equals("application/json");
        String token = exchange.getRequestHeaders().getFirst(XsrfGuard.TOKEN_HEADER);
        boolean noCheck = token != null && (token.equalsIgnoreCase(XsrfGuard.NO_CHECK) || token.equalsIgnoreCase("nocheck"));
        return json || noCheck ? Optional.empty()
                : Optional.of("XSRF check failed: send JSON, or the header " + XsrfGuard.TOKEN_HEADER + ": " + XsrfGuard.NO_CHECK + ".");
    }

    private static boolean sameOrigin(HttpExchange exchange, String origin) {
        try {
            URI from = URI.create(origin.strip());
            String host = exchange.getRequestHeaders().getFirst("Host");
            return "http".equalsIgnoreCase(from.getScheme()) && host != null && from.getRawAuthority() != null
                    && from.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Object> me(HttpExchange exchange) {
        return actingUser(exchange, users).map(WorkbenchEndpoints::person).orElseGet(WorkbenchEndpoints::anonymous);
    }

    /** The demo user the browser acts as (header, else the "act as" cookie), if any. */
    static Optional<DemoPeople.DemoUser> actingUser(HttpExchange exchange, List<DemoPeople.DemoUser> users) {
        String key = exchange.getRequestHeaders().getFirst(HeaderAuthentication.HEADER);
        if (key == null || key.isBlank()) {
            key = cookie(exchange, HeaderAuthentication.COOKIE);
        }
        String wanted = key == null ? null : key.strip();
        return users.stream().filter(u -> u.key().equals(wanted)).findFirst();
    }

    private Map<String, Object> loadStatus() {
        LoadStatus status = load.get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("phase", status.phase());
        out.put("done", status.done());
        out.put("total", status.total());
        out.put("finished", status.finished());
        out.put("error", status.error());
        return out;
    }

    private void ticketList(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        List<Map<String, String>> problems = new ArrayList<>();
        int page = intParameter(query, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, problems);
        int size = intParameter(query, "size", 50, 1, MAX_PAGE_SIZE, problems);
        for (String name : query.keySet()) {
            if (!List.of("project", "page", "size").contains(name)) {
                problems.add(problem(name, "is not a parameter of this endpoint (project, page, size)"));
            }
        }
        if (!problems.isEmpty()) {
            error(exchange, 400, "Invalid query parameters.", problems);
            return;
        }
        String project = query.get("project");
        WorkbenchTickets.ListPage result = tickets.list(project == null || project.isBlank() ? null : project.strip(), page, size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", result.items());
        out.put("total", result.total());
        send(exchange, 200, out);
    }

    private static int intParameter(Map<String, String> query, String name, int fallback, int min, int max,
                                    List<Map<String, String>> problems) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                problems.add(problem(name, "must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(problem(name, "must be a whole number"));
            return fallback;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }

    static String cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    String value = part.substring(eq + 1).strip();
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }

    private Optional<DemoPeople.DemoUser> user(String key) {
        return users.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    private static Map<String, Object> person(DemoPeople.DemoUser user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", user.key());
        out.put("name", user.name());
        out.put("role", user.role());
        return out;
    }

    private static Map<String, Object> anonymous() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", null);
        out.put("name", null);
        out.put("role", null);
        return out;
    }

    static Map<String, String> problem(String field, String reason) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("field", field);
        out.put("reason", reason);
        return out;
    }

    static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        error(exchange, 405, "Method not allowed; use " + allowed + ".", List.of());
    }

    static void error(HttpExchange exchange, int status, String message, List<Map<String, String>> problems) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        body.put("errors", problems);
        send(exchange, status, body);
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
