package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingTrigger;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET tickets/{ticket}/routing} and {@code POST whatif/routing-dry-run} over real HTTP on the
 * stores: decisions with explanations for whoever may browse the ticket, and a dry run that routes a
 * project's recent tickets under candidate rules, next to where they went, changing nothing.
 */
class RoutingResourceTest extends StoredApiTest {

    static final Instant DAY = Instant.parse("2026-03-01T08:00:00Z");
    /** "Get help" requests to L2 (unassigned), everything else to the fallback L1. */
    static final String HELP_TO_L2 = """
            {"supportTiers": ["L1", "L2", "L3", "Dedicated"], "fallbackSupportTier": "L1",
             "escalation": {"followUpThreshold": 3, "escalateOnReopen": true, "allowManual": true},
             "rules": [{"id": "help-l2", "name": "Help to L2", "enabled": true,
                        "conditions": {"customerTiers": [], "requestTypes": ["Get help"], "channels": [], "priorities": [], "organisations": []},
                        "action": {"supportTier": "L2", "assigneeGroup": null, "strategy": "UNASSIGNED", "label": null, "setField": null}}]}
            """;

    static TicketSnapshot sdTicket(long id, String requestType, Instant created) {
        return new TicketSnapshot(id, "SD-" + id, "SD", requestType, "email", "Medium", "carol", "Acme", created, "L1",
                List.of(), List.of(new Comment(id * 10, "carol", created.plusSeconds(60), true, AuthorRole.CUSTOMER)),
                List.of(), null, Map.of());
    }

    /** Four SD tickets a day apart (SD-1 is the oldest; SD-2 and SD-4 ask for help), stored and in the source. */
    @BeforeEach
    void desk() {
        TicketComputation computation = new TicketComputation(SettingsDocument.defaults());
        for (long id = 1; id <= 4; id++) {
            TicketSnapshot t = sdTicket(id, id % 2 == 0 ? "Get help" : "Report a bug", DAY.plus(Duration.ofDays(id)));
            tickets().put(t, t.created());
            TicketComputation.ComputedTicket c = computation.compute(t, List.of(), "Basic", NOW);
            stores().writer().write(id, c.lines(), c.facts());
        }
        new RoutingDecisionStore(stores().storage()).record(2, "SD", new RoutingDecision("SD-2", DAY.plus(Duration.ofDays(2)),
                RoutingTrigger.CREATED, null, null, "L1", null, null, null, null,
                "Basic customer, request type 'Get help' via email -> no rule matched -> fallback L1, not assigned"));
    }

    private ApiClient.ApiResponse dryRun(String user, String body) {
        return client().post("whatif/routing-dry-run").as(user).json(body).send();
    }

    @Test
    void theDryRunRoutesRecentTicketsOldestFirstNextToWhereTheyWent() {
        ApiClient.ApiResponse response = dryRun(Persona.LEAD, "{\"project\": \"SD\", \"tickets\": 3, \"routing\": " + HELP_TO_L2 + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("projectKey").asText()).isEqualTo("SD");
        List<String> keys = new ArrayList<>();
        body.get("tickets").forEach(t -> keys.add(t.get("issueKey").asText()));
        assertThat(keys).as("the three newest, oldest first").containsExactly("SD-2", "SD-3", "SD-4");
        JsonNode two = body.get("tickets").get(0);
        assertThat(two.get("currentTier").asText()).isEqualTo("L1");
        assertThat(two.get("wouldGo").get("tierAfter").asText()).isEqualTo("L2");
        assertThat(two.get("wouldGo").get("explanation").asText()).contains("rule 'Help to L2' -> L2");
        assertThat(two.get("went").get("tierAfter").asText()).isEqualTo("L1");
        assertThat(body.get("tickets").get(1).get("went").isNull()).as("never routed by the app").isTrue();
        assertThat(body.get("tierChangeIssueKeys")).extracting(JsonNode::asText).containsExactly("SD-2", "SD-4");
        assertThat(body.get("targets")).hasSize(2);
        assertThat(new RoutingDecisionStore(stores().storage()).forTickets(List.of(1L, 3L, 4L))).as("nothing recorded").isEmpty();
    }

    @Test
    void withoutCandidateRulesTheRulesInForceAreTried() {
        ApiClient.ApiResponse response = dryRun(Persona.ADMIN, "{\"project\": \"SD\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("tickets")).hasSize(4)
                .allSatisfy(t -> assertThat(t.get("wouldGo").get("tierAfter").asText()).as("defaults: all to L1").isEqualTo("L1"));
    }

    @Test
    void aProjectTheCallerCannotSeeIsNotFoundAndBadRulesAreNamed() {
        ErrorShape.assertError(dryRun(Persona.LEAD, "{\"project\": \"HR\"}"), 404);
        List<String> errors = ErrorShape.assertError(dryRun(Persona.LEAD,
                "{\"project\": \"SD\", \"tickets\": 501, \"routing\": " + HELP_TO_L2.replace("\"L2\", \"assigneeGroup\"", "\"L9\", \"assigneeGroup\"") + "}"), 422);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("tickets: must be between 1 and 500"))
                .anySatisfy(e -> assertThat(e).startsWith("routing.rules[0].action.supportTier: "));
    }

    @Test
    void aTicketsDecisionsAreShownWithTheirExplanations() {
        RoutingDecisionStore store = new RoutingDecisionStore(stores().storage());
        store.record(Persona.SD_TICKET_ID, "SD", new RoutingDecision("SD-1", NOW, RoutingTrigger.CREATED, "help-l2", null, "L2",
                "l2-agents", "alice", null, null, "Basic customer -> rule 'Help to L2' -> L2, assigned to alice (fewest open tickets: 0)"));
        store.record(Persona.SD_TICKET_ID, "SD", new RoutingDecision("SD-1", NOW.plusSeconds(60), RoutingTrigger.REOPEN, null, "L2",
                "L3", null, null, null, null, "reopened -> escalated L2 -> L3, no rule for L3 matches, group and assignee unchanged"));

        ApiClient.ApiResponse response = client().get("tickets/SD-1/routing").as(Persona.AGENT).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("issueKey").asText()).isEqualTo("SD-1");
        assertThat(body.get("supportTier").asText()).isEqualTo("L3");
        assertThat(body.get("decisions")).extracting(d -> d.get("trigger").asText()).containsExactly("CREATED", "REOPEN");
        assertThat(body.get("decisions").get(0).get("explanation").asText()).contains("assigned to alice");
        assertThat(body.get("decisions").get(0).get("at").asText()).isEqualTo("2026-03-02T10:00:00Z");
        ErrorShape.assertError(client().get("tickets/SD-1/routing").as(Persona.OUTSIDER).send(), 404);
        ErrorShape.assertError(client().get("tickets/SD-99/routing").as(Persona.AGENT).send(), 404);
        ErrorShape.assertError(client().get("tickets/%3Cscript%3E/routing").as(Persona.AGENT).send(), 404);
    }

    @Test
    void aTicketTheAppNeverRoutedHasNoDecisions() {
        JsonNode body = client().get("tickets/10001/routing").as(Persona.LEAD).send().json();
        assertThat(body.get("decisions")).isEmpty();
        assertThat(body.get("supportTier").isNull()).isTrue();
    }
}
