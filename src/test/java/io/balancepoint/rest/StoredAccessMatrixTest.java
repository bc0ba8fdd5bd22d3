package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.settings.SettingsDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint over the stores against every role, over real HTTP on HSQLDB: the status each
 * role gets, refusals in the error shape without leaks, and a refused call changes nothing.
 */
class StoredAccessMatrixTest extends StoredApiTest {

    /** Who may call an endpoint, and so what each persona gets. */
    enum Rule {
        ADMINS(Map.of(Persona.ADMIN, OK, Persona.FINANCE, OK)),
        RATE_VIEWERS(Map.of(Persona.ADMIN, OK, Persona.FINANCE, OK, Persona.PAYROLL, OK)),
        /** SD-1's cost: whoever browses SD (agents see costs in the test's visibility); finance browses nothing. */
        SD_TICKET_COST(Map.of(Persona.CUSTOMER, 404, Persona.OUTSIDER, 404, Persona.AGENT, OK, Persona.PAYROLL, OK,
                Persona.LEAD, OK, Persona.GROUP_LEAD, OK, Persona.ADMIN, OK, Persona.FINANCE, 404)),
        /** Direct costs on SD-1: its team leads and admins who browse SD (agents may not add in the test's visibility). */
        SD_DIRECT_COST(Map.of(Persona.CUSTOMER, 404, Persona.OUTSIDER, 404, Persona.LEAD, OK, Persona.GROUP_LEAD, OK,
                Persona.ADMIN, OK, Persona.FINANCE, 404)),
        /** SD-1's routing decisions: whoever browses SD (they hold no cost); finance browses nothing. */
        SD_BROWSER(Map.of(Persona.CUSTOMER, 404, Persona.OUTSIDER, 404, Persona.AGENT, OK, Persona.PAYROLL, OK,
                Persona.LEAD, OK, Persona.GROUP_LEAD, OK, Persona.ADMIN, OK, Persona.FINANCE, 404)),
        /** The routing dry run on SD: a team-lead tool (others are refused before the body is read) for SD's leads and admins who browse it. */
        SD_LEAD_WHAT_IF(Map.of(Persona.LEAD, OK, Persona.GROUP_LEAD, OK, Persona.ADMIN, OK, Persona.FINANCE, 404)),
        /** SD's dashboards: its team leads and admins who browse it. */
        SD_TEAM_LEAD(Map.of(Persona.CUSTOMER, 404, Persona.OUTSIDER, 404, Persona.LEAD, OK, Persona.GROUP_LEAD, OK,
                Persona.ADMIN, OK, Persona.FINANCE, 404));

        private final Map<String, Integer> answers;

        Rule(Map<String, Integer> answers) {
            this.answers = answers;
        }

        /** {@link #OK} for an allowed caller, else the refusal. */
        int expected(String user) {
            if (user == null || user.equals("mallory")) {
                return 401;
            }
            return answers.getOrDefault(user, 403);
        }
    }

    /** Stands for the endpoint's success status in a {@link Rule}. */
    static final int OK = 0;
    static final CostLine SEEDED = new CostLine("manual:seed", CostCategory.MATERIAL, Money.of("10", "EUR"), BigDecimal.ONE,
            "item", null, RateSource.MANUAL, NOW, false, "cable", Persona.ADMIN);

    /** One endpoint with a request that succeeds for an allowed caller on the seeded database. */
    record Endpoint(String method, String path, String body, Rule rule, int success) {

        Endpoint(String method, String path, String body, Rule rule) {
            this(method, path, body, rule, 200);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "settings", null, Rule.ADMINS),
            new Endpoint("PUT", "settings", SettingsResourceTest.update(1L, null, SettingsResourceTest.withDefaultRate("50")), Rule.ADMINS),
            new Endpoint("GET", "settings/history", null, Rule.ADMINS),
            new Endpoint("GET", "settings/history/0", null, Rule.ADMINS),
            new Endpoint("GET", "settings/export", null, Rule.ADMINS),
            new Endpoint("POST", "settings/import?revision=1", SettingsResourceTest.withDefaultRate("50").toString(), Rule.ADMINS),
            new Endpoint("POST", "settings/import?dryRun=true", SettingsResourceTest.defaultsJson().toString(), Rule.ADMINS),
            new Endpoint("GET", "tickets/SD-1/cost", null, Rule.SD_TICKET_COST),
            new Endpoint("GET", "tickets/SD-1/facts", null, Rule.SD_TICKET_COST),
            new Endpoint("GET", "tickets/SD-1/comparison", null, Rule.SD_TICKET_COST),
            new Endpoint("GET", "tickets/SD-1/routing", null, Rule.SD_BROWSER),
            new Endpoint("POST", "whatif/routing-dry-run", "{\"project\": \"SD\", \"tickets\": 10}", Rule.SD_LEAD_WHAT_IF),
            new Endpoint("POST", "tickets/SD-1/costs", TicketResourceTest.REFUND, Rule.SD_DIRECT_COST, 201),
            new Endpoint("PUT", "tickets/SD-1/costs/seed", TicketResourceTest.REFUND, Rule.SD_DIRECT_COST),
            new Endpoint("DELETE", "tickets/SD-1/costs/seed", null, Rule.SD_DIRECT_COST, 204),
            new Endpoint("GET", "rates", null, Rule.RATE_VIEWERS),
            new Endpoint("POST", "rates", RatesResourceTest.TIER_RATE.replace("L2", "L3").replace("\"revision\": 0", "\"revision\": 1"), Rule.ADMINS),
            new Endpoint("POST", "rates/1/end", "{\"revision\": 1, \"until\": \"2026-06-01\"}", Rule.ADMINS),
            new Endpoint("POST", "rates/loaded-rate-calculator", RatesResourceTest.CALCULATOR, Rule.RATE_VIEWERS),
            new Endpoint("GET", "jobs", null, Rule.ADMINS),
            new Endpoint("GET", "jobs/backfill", null, Rule.ADMINS),
            new Endpoint("POST", "jobs/recalculation", JobsResourceTest.MARCH, Rule.ADMINS, 202),
            new Endpoint("GET", "audit", null, Rule.ADMINS),
            new Endpoint("GET", "exports/cost-lines", null, Rule.ADMINS),
            new Endpoint("GET", "exports/cost-lines?format=json", null, Rule.ADMINS),
            new Endpoint("GET", "exports/ticket-facts", null, Rule.ADMINS),
            new Endpoint("GET", "exports/ticket-facts?format=json", null, Rule.ADMINS),
            new Endpoint("GET", "projects/SD/metrics/trend?" + MetricsResourceTest.MARCH, null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/breakdown?dimension=channel&" + MetricsResourceTest.MARCH, null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/channels?" + MetricsResourceTest.MARCH, null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/costs?" + MetricsResourceTest.MARCH, null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/anomalies", null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/roi?month=2026-03", null, Rule.SD_TEAM_LEAD),
            new Endpoint("GET", "projects/SD/metrics/balance-point?" + MetricsResourceTest.MARCH, null, Rule.SD_TEAM_LEAD));

    /**
     * Settings revision 1 adds an L2 tier rate (audited once); SD-1 has facts and one manual line;
     * three SD tickets were resolved in March 2026.
     */
    @BeforeEach
    void seed() {
        SettingsDocument d = SettingsDocument.defaults();
        List<RateEntry> entries = new ArrayList<>(d.rates().entries());
        entries.add(new RateEntry(RateKind.AGENT_TIER, "L2", new BigDecimal("55"), LocalDate.of(2026, 1, 1), null, null));
        stores().settings().save(new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(),
                new RateSettings(entries, List.of()), d.channels(), d.overhead(), d.fcr(), d.anomalies(), d.tiering(),
                d.routing(), d.roi(), d.budgets(), d.visibility()), 0, Persona.ADMIN, "seed", NOW);
        stores().facts().put(TicketResourceTest.facts(), FactsStore.ABSENT);
        stores().ledger().addManualLine(Persona.SD_TICKET_ID, "SD", SEEDED);
        MetricsResourceTest.writeDesk(stores());
    }

    private static final List<String> USERS = java.util.Arrays.asList(null, Persona.CUSTOMER, Persona.OUTSIDER, Persona.AGENT,
            Persona.PAYROLL, Persona.LEAD, Persona.GROUP_LEAD, Persona.ADMIN, Persona.FINANCE, "mallory");

    static Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String user : USERS) {
                calls.add(Arguments.of(endpoint, user, endpoint.rule().expected(user)));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("calls")
    void eachRoleGetsItsAnswer(Endpoint endpoint, String user, int expected) {
        ApiClient.Request request = client().method(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            request.json(endpoint.body());
        } else if (!endpoint.method().equals("GET")) {
            request.header("X-Atlassian-Token", "no-check");
        }
        if (user != null) {
            request.as(user);
        }
        ApiClient.ApiResponse response = request.send();

        if (expected == OK) {
            assertThat(response.status()).as(response.body()).isEqualTo(endpoint.success());
            ErrorShape.assertNoLeak(response.body());
        } else {
            assertThat(ErrorShape.assertError(response, expected)).isEmpty();
            assertThat(stores().settings().currentRevision()).isEqualTo(1);
            assertThat(stores().audit().count()).isEqualTo(1);
            assertThat(stores().ledger().lines(Persona.SD_TICKET_ID)).containsExactly(SEEDED);
            assertThat(recomputed()).isEmpty();
            assertThat(launched()).isEmpty();
            assertThat(stores().jobs().all()).isEmpty();
            assertThat(new RoutingDecisionStore(stores().storage()).recent("SD", 10)).isEmpty();
        }
    }

    /** The dry run's access check runs before its body is read: a refused caller learns nothing about validation. */
    @ParameterizedTest(name = "dry run with a broken body as {0}")
    @MethodSource("dryRunCallers")
    void refusedCallersNeverReachTheDryRunsValidation(String user) {
        int expected = Rule.SD_LEAD_WHAT_IF.expected(user);
        ApiClient.Request broken = client().post("whatif/routing-dry-run").json("{\"no\": ");
        ApiClient.Request empty = client().post("whatif/routing-dry-run").json("{}");
        if (user != null) {
            broken.as(user);
            empty.as(user);
        }
        // FINANCE passes the team-lead check, so its body is read; the project is then "not found".
        boolean readsBody = expected == OK || Persona.FINANCE.equals(user);
        assertThat(broken.send().status()).isEqualTo(readsBody ? 400 : expected);
        assertThat(empty.send().status()).isEqualTo(readsBody ? 422 : expected);
    }

    static Stream<String> dryRunCallers() {
        return USERS.stream();
    }
}
