package io.balancepoint.workbench.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.balancepoint.ticket.SourcedTicket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs scripts/jsm-export.py (the machine's python3) against a fake Jira Data Center serving the
 * hand-written export, and imports what it wrote: the same tickets, users and organisations come back.
 */
class ExportScriptTest {

    @TempDir
    Path temp;

    @Test
    void scriptExportsWhatTheImportReads() throws Exception {
        assumeTrue(python3(), "python3 is not installed");
        Path out = temp.resolve("export");
        try (FakeJira jira = new FakeJira(JsmImportTest.EXPORT)) {
            Process script = run(jira.baseUrl(), out, FakeJira.TOKEN);
            String log = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(script.exitValue()).as(log).isEqualTo(0);
        }
        JsmExport exported = JsmImport.open(out);
        JsmExport original = JsmImport.open(JsmImportTest.EXPORT);
        assertThat(tickets(exported)).isEqualTo(tickets(original));
        assertThat(exported.users()).as("who logged work or wrote a request comment; Erin only called in")
                .isEqualTo(original.users().stream().filter(u -> !u.key().equals(JsmImportTest.ERIN)).toList());
        assertThat(exported.organisations()).isEqualTo(original.organisations());
        assertThat(exported.summary().issues()).isEqualTo(5);
        try (Stream<Path> pages = Files.list(out.resolve("search"))) {
            assertThat(pages.count()).as("five issues, two per page").isEqualTo(3);
        }
    }

    @Test
    void wrongTokenStopsWithTheHttpStatusAndNoManifest() throws Exception {
        assumeTrue(python3(), "python3 is not installed");
        Path out = temp.resolve("export");
        try (FakeJira jira = new FakeJira(JsmImportTest.EXPORT)) {
            Process script = run(jira.baseUrl(), out, "wrong");
            String log = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(script.exitValue()).isNotEqualTo(0);
            assertThat(log).contains("HTTP 401");
        }
        assertThat(out.resolve("manifest.json")).doesNotExist();
    }

    private static Process run(String baseUrl, Path out, String token) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("python3", "scripts/jsm-export.py", "--base-url", baseUrl,
                "--jql", "project = SD ORDER BY key ASC", "--out", out.toString(), "--org-property", "annualRevenue",
                "--page-size", "2").redirectErrorStream(true);
        builder.environment().put("JIRA_TOKEN", token);
        return builder.start();
    }

    private static List<SourcedTicket> tickets(JsmExport export) {
        try (Stream<SourcedTicket> tickets = export.tickets()) {
            return tickets.toList();
        }
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
