package io.balancepoint.workbench.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.workbench.JsmExportCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken copies of the hand-written export: each problem names file, issue and field, and nothing is imported. */
class JsmImportBadInputTest {

    @TempDir
    Path temp;
    Path export;

    @BeforeEach
    void copy() throws IOException {
        export = JsmExportCopy.of(JsmImportTest.EXPORT, temp.resolve("export"));
    }

    void edit(String file, String text, String replacement) throws IOException {
        JsmExportCopy.replace(export.resolve(file), text, replacement);
    }

    List<String> problems() {
        JsmImportException e = catchThrowableOfType(JsmImportException.class, () -> JsmImport.open(export));
        assertThat(e).as("the export should have been refused").isNotNull();
        return e.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void worklogsCutShortBySearchAreRefused() throws IOException {
        edit("search/page-00000.json", "\"total\": 2,\n          \"worklogs\"", "\"total\": 25,\n          \"worklogs\"");
        assertThat(problems()).containsExactly("search/page-00000.json: SD-2: fields.worklog: holds 2 of 25; "
                + "the export must replace it with GET /rest/api/2/issue/{key}/worklog");
    }

    @Test
    void requestCommentsAreRequiredForThePublicFlag() throws IOException {
        Files.delete(export.resolve("request-comments/SD-3.json"));
        assertThat(problems()).singleElement().asString().startsWith("request-comments/SD-3.json: SD-3: is missing");
    }

    @Test
    void aCommentAuthorMustBeKnownToTellAgentsFromCustomers() throws IOException {
        edit("users.json", "\"key\": \"JIRAUSER10003\"", "\"key\": \"JIRAUSER99999\"");
        assertThat(problems()).contains("request-comments/SD-3.json: SD-3: values[0].author: 'JIRAUSER10003' is not in "
                + "users.json (whether they are an agent decides whether the comment is a contact)");
    }

    @Test
    void satisfactionOutsideOneToFive() throws IOException {
        edit("search/page-00000.json", "\"rating\": 3", "\"rating\": 7");
        assertThat(problems()).containsExactly("search/page-00000.json: SD-2: fields.customfield_10102: "
                + "(Satisfaction) must hold a rating 1 to 5 ({\"rating\": 4} or a number), was {\"rating\":7}");
    }

    @Test
    void manyProblemsAreReportedTogether() throws IOException {
        edit("search/page-00000.json", "\"created\": \"2024-03-04T09:00:00.000+0000\"", "\"created\": \"4 March 2024\"");
        edit("search/page-00001.json", "\"timeSpentSeconds\": 1800", "\"timeSpentSeconds\": -5");
        edit("channel/SD-5.json", "\"key\": \"request.channel.type\"", "\"key\": \"sd.public.comment\"");
        assertThat(problems()).containsExactly(
                "search/page-00000.json: SD-1: fields.created: must be a Jira date-time such as "
                        + "2024-03-04T09:00:00.000+0000, was \"4 March 2024\"",
                "search/page-00001.json: SD-4: fields.worklog.worklogs[0].timeSpentSeconds: must be a whole number, 0 or more",
                "channel/SD-5.json: SD-5: key: must be 'request.channel.type', was 'sd.public.comment'");
    }

    @Test
    void notJsonSaysWhere() throws IOException {
        Files.writeString(export.resolve("search/page-00001.json"), "{\"startAt\": 3,\n  \"issues\": [}");
        assertThat(problems()).singleElement().asString()
                .startsWith("search/page-00001.json: is not valid JSON (line 2, column 14)");
    }

    @Test
    void aMissingPageIsNoticed() throws IOException {
        Files.delete(export.resolve("search/page-00000.json"));
        assertThat(problems()).contains(
                "search/page-00001.json: startAt: is 3 but the pages before hold 0 issues: a page is missing or pages overlap",
                "search/: holds 2 issues but the search found 5: a page is missing",
                "request-comments/SD-1.json: SD-1: belongs to no exported issue");
    }

    @Test
    void aChangelogThatDisagreesWithTheResolution() throws IOException {
        // SD-2's last history item resolves it again; without it the history ends reopened while the issue is resolved.
        edit("search/page-00000.json", "\"total\": 3,\n        \"histories\"", "\"total\": 2,\n        \"histories\"");
        String page = Files.readString(export.resolve("search/page-00000.json"));
        int last = page.indexOf("\"id\": \"20004\"");
        int start = page.lastIndexOf("{", last);
        int end = page.indexOf("\n          }", page.indexOf("\"items\"", last)) + "\n          }".length();
        Files.writeString(export.resolve("search/page-00000.json"), page.substring(0, page.lastIndexOf(",", start)) + page.substring(end));
        assertThat(problems()).containsExactly("search/page-00000.json: SD-2: changelog: ends with the issue reopened, "
                + "but fields.resolution is 'Done': the history is incomplete");
    }

    @Test
    void exportWithoutInternalCommentsIsRefused() throws IOException {
        edit("search/page-00000.json", "\"maxResults\": 3,\n          \"total\": 3", "\"maxResults\": 3,\n          \"total\": 4");
        assertThat(problems()).containsExactly("search/page-00000.json: SD-1: fields.comment.total: is 4 but "
                + "request-comments/SD-1.json holds 3 comments: export with an agent's token, who sees internal comments too");
    }

    @Test
    void wrongFormatStopsBeforeTheIssues() throws IOException {
        edit("manifest.json", "\"formatVersion\": 1", "\"formatVersion\": 2");
        assertThat(problems()).containsExactly(
                "manifest.json: formatVersion: must be 1 (this release reads version 1), was 2");
    }

    @Test
    void notADirectory() {
        assertThatThrownBy(() -> JsmImport.open(temp.resolve("nothing-here")))
                .isInstanceOf(JsmImportException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void statusCategoryDoneResolvesWhenTheWorkflowSetsNoResolution() throws Exception {
        // SD-3 as a workflow without resolutions: the status moves to Resolved (category done), the resolution stays empty.
        edit("search/page-00000.json", ",\n              {\n                \"field\": \"resolution\",\n                \"fieldtype\": \"jira\",\n"
                + "                \"from\": null,\n                \"fromString\": null,\n                \"to\": \"10002\",\n"
                + "                \"toString\": \"Duplicate\"\n              }", "");
        edit("search/page-00000.json", "\"resolution\": {\n          \"self\": \"https://jira.example.com/rest/api/2/resolution/10002\",\n"
                + "          \"id\": \"10002\",\n          \"description\": \"\",\n          \"name\": \"Duplicate\"\n        }", "\"resolution\": null");
        try (Stream<SourcedTicket> tickets = JsmImport.open(export).tickets()) {
            assertThat(tickets.skip(2).findFirst().orElseThrow().snapshot().resolutionHistory()).containsExactly(
                    ResolutionEvent.resolved(Instant.parse("2024-04-02T14:35:00Z"), "Resolved", JsmImportTest.ALICE));
        }
    }
}
