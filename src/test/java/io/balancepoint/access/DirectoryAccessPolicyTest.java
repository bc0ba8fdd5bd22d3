package io.balancepoint.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryAccessPolicyTest {

    @Test
    void bindsFromJsonAndAnswersFromIt() throws JsonProcessingException {
        DirectoryAccessPolicy directory = Json.mapper().readValue("""
                {"users": [{"key": "leo", "licensed": true, "jiraAdmin": false, "groups": ["jira-users"],
                            "browseProjects": ["SD"], "projectRoles": {"SD": ["Team Lead"]}}],
                 "tickets": [{"issueId": 10001, "issueKey": "SD-1", "projectKey": "SD"}]}
                """, DirectoryAccessPolicy.class);

        assertThat(directory.groupsOf("leo")).containsExactly("jira-users");
        assertThat(directory.canBrowseProject("leo", "SD")).isTrue();
        assertThat(directory.canBrowseProject("leo", "OPS")).isFalse();
        assertThat(directory.projectRolesOf("leo", "SD")).containsExactly("Team Lead");
        assertThat(directory.holdsProjectRoleAnywhere("leo", List.of("Team Lead"))).isTrue();
        assertThat(directory.holdsProjectRoleAnywhere("leo", List.of("Administrators"))).isFalse();
        assertThat(directory.browsableTicket("leo", new TicketRef.Id(10001)))
                .contains(new VisibleTicket(10001, "SD-1", "SD"));
        assertThat(directory.isJiraAdmin("leo")).isFalse();
    }

    @Test
    void defaultsRoundTripThroughJson() throws JsonProcessingException {
        DirectoryAccessPolicy directory = Persona.directory();
        String json = Json.mapper().writeValueAsString(directory);
        assertThat(Json.mapper().readValue(json, DirectoryAccessPolicy.class)).isEqualTo(directory);
    }

    @Test
    void unknownUsersProjectsAndTicketsAreAnsweredAsInvisible() {
        DirectoryAccessPolicy directory = Persona.directory();
        assertThat(directory.groupsOf("nobody")).isEmpty();
        assertThat(directory.isJiraAdmin("nobody")).isFalse();
        assertThat(directory.canBrowseProject("nobody", "SD")).isFalse();
        assertThat(directory.projectRolesOf(Persona.LEAD, "NOPE")).isEmpty();
        assertThat(directory.browsableTicket(Persona.AGENT, new TicketRef.Key("SD-404"))).isEqualTo(Optional.empty());
        assertThat(directory.browsableTicket(Persona.AGENT, new TicketRef.Key(Persona.OPS_TICKET))).isEmpty();
    }

    @Test
    void validationReportsEveryProblemAtOnce() {
        DirectoryAccessPolicy directory = new DirectoryAccessPolicy(
                List.of(new DirectoryAccessPolicy.User("leo", true, false, null, null, null),
                        new DirectoryAccessPolicy.User(" ", true, false, null, null, null),
                        new DirectoryAccessPolicy.User("leo", false, false, Set.of(), Set.of(), null)),
                List.of(new DirectoryAccessPolicy.Ticket(1, "SD-1", "SD"),
                        new DirectoryAccessPolicy.Ticket(1, "sd 2", null)));
        Problems problems = new Problems();
        directory.validate(problems.at("directory"));
        assertThat(problems.list()).containsExactly(
                new Problem("directory.users[1].key", "is required"),
                new Problem("directory.users[2].key", "repeats user leo"),
                new Problem("directory.tickets[1].issueId", "repeats issue id 1"),
                new Problem("directory.tickets[1].issueKey", "must be an issue key such as SD-12"),
                new Problem("directory.tickets[1].projectKey", "is required"));
    }

    @Test
    void nullCollectionsBecomeEmpty() {
        DirectoryAccessPolicy.User user = new DirectoryAccessPolicy.User("u", true, false, null, null, null);
        assertThat(user.groups()).isEmpty();
        assertThat(user.browseProjects()).isEmpty();
        assertThat(user.projectRoles()).isEmpty();
        assertThat(new DirectoryAccessPolicy(null, null).users()).isEmpty();
    }

    @Test
    void callersNeedAKey() {
        assertThatThrownBy(() -> Caller.licensed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Caller.portalCustomer(null)).isInstanceOf(NullPointerException.class);
        assertThat(Caller.anonymous().userKey()).isEmpty();
        assertThat(Caller.licensed("leo").userKey()).contains("leo");
    }

    @Test
    void ticketReferencesAreKeysOrIds() {
        assertThat(TicketRef.parse("SD-12")).contains(new TicketRef.Key("SD-12"));
        assertThat(TicketRef.parse("sd-12")).contains(new TicketRef.Key("SD-12"));
        assertThat(TicketRef.parse("A_1-3")).contains(new TicketRef.Key("A_1-3"));
        assertThat(TicketRef.parse("10012")).contains(new TicketRef.Id(10012));
        for (String bad : new String[] {null, "", "SD", "SD-", "SD-01", "1SD-2", "SD-1-2", "0", "012",
                "99999999999999999999", "SD-1 OR 1=1", "<script>"}) {
            assertThat(TicketRef.parse(bad)).as(bad).isEmpty();
        }
    }
}
