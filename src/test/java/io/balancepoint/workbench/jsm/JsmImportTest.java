package io.balancepoint.workbench.jsm;

import static io.balancepoint.ticket.AuthorRole.AGENT;
import static io.balancepoint.ticket.AuthorRole.CUSTOMER;
import static io.balancepoint.ticket.AuthorRole.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the hand-written export in src/test/resources/jsm-export (Jira's REST shapes) into exact snapshots. */
class JsmImportTest {

    static final Path EXPORT = Path.of("src/test/resources/jsm-export");
    static final String ALICE = "JIRAUSER10001";
    static final String BOB = "JIRAUSER10002";
    static final String AUTOMATION = "JIRAUSER10003";
    static final String CAROL = "JIRAUSER10100";
    static final String DAVE = "JIRAUSER10101";
    static final String ERIN = "JIRAUSER10102";
    static final Set<String> ALICE_GROUPS = Set.of("jira-servicedesk-users", "l1-agents");
    static final Set<String> BOB_GROUPS = Set.of("jira-servicedesk-users", "l2-agents");

    static Instant at(String minute) {
        return Instant.parse(minute + ":00Z");
    }

    static List<SourcedTicket> tickets() throws Exception {
        try (Stream<SourcedTicket> tickets = JsmImport.open(EXPORT).tickets()) {
            return tickets.toList();
        }
    }

    @Test
    void firstContactResolutionByEmailWithAnInternalNoteAndAThanksAfterwards() throws Exception {
        SourcedTicket sd1 = tickets().get(0);
        assertThat(sd1.updated()).isEqualTo(at("2024-03-05T08:00"));
        assertThat(sd1.snapshot()).isEqualTo(new TicketSnapshot(10001, "SD-1", "SD", "Get IT help", "email", "Medium",
                CAROL, "Acme Ltd", at("2024-03-04T09:00"), null,
                List.of(new Worklog(30001, ALICE, at("2024-03-04T09:45"), 1800)),
                List.of(new Comment(40001, BOB, at("2024-03-04T09:30"), false, AGENT),
                        new Comment(40002, ALICE, at("2024-03-04T10:00"), true, AGENT),
                        new Comment(40003, CAROL, at("2024-03-04T11:00"), true, CUSTOMER)),
                List.of(ResolutionEvent.resolved(at("2024-03-04T10:05"), "Done", ALICE)),
                new CsatRating(5, at("2024-03-05T08:00")),
                Map.of(ALICE, ALICE_GROUPS)));
    }

    @Test
    void reopenedTicketHasBothResolvesAndTheReopenFromTheChangelog() throws Exception {
        TicketSnapshot sd2 = tickets().get(1).snapshot();
        assertThat(sd2).isEqualTo(new TicketSnapshot(10002, "SD-2", "SD", "Fix a problem", "portal", "High",
                DAVE, null, at("2024-03-11T08:00"), null,
                List.of(new Worklog(30002, ALICE, at("2024-03-11T08:50"), 900),
                        new Worklog(30003, BOB, at("2024-03-13T08:30"), 3600)),
                List.of(new Comment(40004, ALICE, at("2024-03-11T09:00"), true, AGENT),
                        new Comment(40005, DAVE, at("2024-03-12T08:00"), true, CUSTOMER),
                        new Comment(40006, BOB, at("2024-03-13T09:00"), true, AGENT)),
                List.of(ResolutionEvent.resolved(at("2024-03-11T10:00"), "Done", ALICE),
                        ResolutionEvent.reopened(at("2024-03-12T08:05"), AUTOMATION),
                        ResolutionEvent.resolved(at("2024-03-13T10:00"), "Done", BOB)),
                new CsatRating(3, at("2024-03-14T09:00")),
                Map.of(ALICE, ALICE_GROUPS, BOB, BOB_GROUPS)));
        assertThat(sd2.reopenCount()).isEqualTo(1);
    }

    @Test
    void phoneTicketRaisedOnBehalfWithAnAutomationNote() throws Exception {
        TicketSnapshot sd3 = tickets().get(2).snapshot();
        assertThat(sd3.channel()).isEqualTo("phone");
        assertThat(sd3.customerKey()).as("the caller, not the agent who raised it").isEqualTo(ERIN);
        assertThat(sd3.comments()).containsExactly(
                new Comment(40007, AUTOMATION, at("2024-04-02T14:01"), false, OTHER),
                new Comment(40008, ALICE, at("2024-04-02T14:30"), true, AGENT));
        assertThat(sd3.currentResolution()).contains(ResolutionEvent.resolved(at("2024-04-02T14:35"), "Duplicate", ALICE));
        assertThat(sd3.csat()).isNull();
    }

    @Test
    void openTicketWithAParticipantAndAnAnonymousPortalTicketWithoutWorklogs() throws Exception {
        List<SourcedTicket> tickets = tickets();
        TicketSnapshot sd4 = tickets.get(3).snapshot();
        assertThat(sd4.isResolved()).isFalse();
        assertThat(sd4.resolutionHistory()).isEmpty();
        assertThat(sd4.comments()).extracting(Comment::authorRole).containsExactly(AGENT, CUSTOMER);
        TicketSnapshot sd5 = tickets.get(4).snapshot();
        assertThat(sd5.channel()).as("anonymousportal is the portal").isEqualTo("portal");
        assertThat(sd5.worklogs()).isEmpty();
        assertThat(sd5.authorRoles()).isEmpty();
    }

    @Test
    void summaryProjectsCustomersOrganisationsAndUsers() throws Exception {
        JsmExport export = JsmImport.open(EXPORT);
        assertThat(export.summary()).isEqualTo(new ImportSummary(Instant.parse("2024-04-30T12:00:00Z"),
                5, 1, 3, 1, 2, 5, 9, 2, 4, 2));
        assertThat(export.exportedAt()).isEqualTo(Instant.parse("2024-04-30T12:00:00Z"));
        assertThat(export.projects()).containsExactly(new JsmProject(10000, "SD", "Service Desk"));
        assertThat(export.customers()).containsExactly(
                new JsmCustomer(CAROL, "Carol Customer", "carol@acme.example", Set.of("Acme Ltd")),
                new JsmCustomer(DAVE, "Dave Doe", "dave@example.org", Set.of()),
                new JsmCustomer(ERIN, "Erin Early", "erin@example.net", Set.of()));
        assertThat(export.organisations()).containsExactly(
                new JsmOrganisation(1, "Acme Ltd", Map.of("annualRevenue", new BigDecimal("120000"))));
        assertThat(export.organisationAttributes().values("annualRevenue")).isEqualTo(Map.of("Acme Ltd", new BigDecimal("120000")));
        assertThat(export.users()).filteredOn(JsmUser::agent).extracting(JsmUser::name).containsExactly("alice", "bob");
    }

    @Test
    void aRequestWithoutChannelPropertyWasRaisedInJira(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path copy = io.balancepoint.workbench.JsmExportCopy.of(EXPORT, temp.resolve("export"));
        java.nio.file.Files.delete(copy.resolve("channel/SD-3.json"));
        try (Stream<SourcedTicket> tickets = JsmImport.open(copy).tickets()) {
            assertThat(tickets.map(t -> t.snapshot().channel())).containsExactly("email", "portal", "jira", "email", "portal");
        }
    }

    @Test
    void ticketsCanBeStreamedAgain() throws Exception {
        JsmExport export = JsmImport.open(EXPORT);
        try (Stream<SourcedTicket> first = export.tickets(); Stream<SourcedTicket> second = export.tickets()) {
            assertThat(first.toList()).isEqualTo(second.toList());
        }
    }
}
