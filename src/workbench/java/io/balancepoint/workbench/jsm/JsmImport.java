package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.ticket.TicketSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entry point of the JSM export import (format: docs/jsm-import.md). {@link #open} reads and
 * checks the whole export first and fails with every problem it found, so an invalid export is never
 * half imported; the export it returns streams its tickets.
 *
 * <pre>{@code
 * JsmExport export = JsmImport.open(Path.of("my-export"));
 * try (Stream<SourcedTicket> tickets = export.tickets()) { tickets.forEach(...); }
 * }</pre>
 */
public final class JsmImport {

    private JsmImport() {
    }

    /**
     * Validates the export in {@code directory} and returns it.
     *
     * @throws JsmImportException when anything is wrong, with every problem (file, issue, field, reason)
     * @throws IOException        when the directory cannot be listed
     */
    public static JsmExport open(Path directory) throws JsmImportException, IOException {
        ImportProblems problems = new ImportProblems();
        if (!Files.isDirectory(directory)) {
            problems.add(directory.toString(), null, null, "is not a directory; an export is a directory (docs/jsm-import.md)");
            problems.throwIfAny();
        }
        ExportFiles files = new ExportFiles(directory);
        SiteData site = SiteData.read(files, problems);
        // Without the site data every issue would report the same consequence; fix these first.
        problems.throwIfAny();

        List<String> pages = files.jsonFiles(ExportFiles.SEARCH);
        if (pages.isEmpty()) {
            problems.add(ExportFiles.SEARCH + "/", null, null, "holds no search page (page-00000.json, …)");
        }
        Tally tally = new Tally();
        IssueReader reader = new IssueReader(files, site);
        Long total = null;
        boolean allPagesRead = true;
        for (String page : pages) {
            JsonNode node = files.read(page, problems);
            if (node == null) {
                allPagesRead = false;
                continue;
            }
            Fields f = new Fields(problems, page, null);
            Long startAt = f.count(node, "", "startAt");
            Long pageTotal = f.count(node, "", "total");
            JsonNode issues = f.array(node, "", "issues");
            if (startAt != null && startAt != tally.issues) {
                f.problem("startAt", "is " + startAt + " but the pages before hold " + tally.issues
                        + " issues: a page is missing or pages overlap");
            }
            if (total == null) {
                total = pageTotal;
            } else if (pageTotal != null && !pageTotal.equals(total)) {
                f.problem("total", "is " + pageTotal + " but the first page says " + total
                        + ": issues changed during the export; export again");
            }
            for (int i = 0; i < issues.size(); i++) {
                tally.issues++;
                tally.seenKeys.add(issues.get(i).path("key").asText(""));
                IssueReader.ReadIssue read = reader.read(issues.get(i), f, problems);
                if (read != null) {
                    tally.add(read, page, f.forIssue(read.ticket().snapshot().issueKey()));
                }
            }
        }
        // With a page unreadable, counts and orphans would only repeat that problem.
        if (allPagesRead && total != null && total != tally.issues) {
            problems.add(ExportFiles.SEARCH + "/", null, null, "holds " + tally.issues + " issues but the search found "
                    + total + ": a page is missing");
        }
        for (String file : allPagesRead ? files.jsonFiles(ExportFiles.REQUEST_COMMENTS) : List.<String>of()) {
            String key = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
            if (!tally.seenKeys.contains(key)) {
                problems.add(file, key, null, "belongs to no exported issue");
            }
        }
        problems.throwIfAny();

        int agents = (int) site.users().values().stream().filter(JsmUser::agent).count();
        ImportSummary summary = new ImportSummary(site.exportedAt(), tally.issues, tally.projects.size(),
                tally.customers.size(), site.organisations().size(), agents, tally.worklogs, tally.publicComments,
                tally.internalComments, tally.resolved, tally.rated);
        List<JsmCustomer> customers = new ArrayList<>();
        tally.customers.forEach((key, c) -> customers.add(new JsmCustomer(key, c.ref.displayName(), c.ref.emailAddress(),
                c.organisations)));
        return new JsmExport(files, site, pages, summary, List.copyOf(tally.projects.values()), customers);
    }

    /** What pass one counts and collects. */
    private static final class Tally {
        int issues;
        int worklogs;
        int publicComments;
        int internalComments;
        int resolved;
        int rated;
        final Set<String> keys = new HashSet<>();
        final Set<String> seenKeys = new HashSet<>();
        final Map<Long, String> ids = new HashMap<>();
        final Map<String, JsmProject> projects = new TreeMap<>();
        final Map<String, CustomerTally> customers = new TreeMap<>();

        void add(IssueReader.ReadIssue read, String page, Fields f) {
            TicketSnapshot t = read.ticket().snapshot();
            if (!keys.add(t.issueKey())) {
                f.problem("key", "issue " + t.issueKey() + " is in the export twice");
                return;
            }
            String other = ids.putIfAbsent(t.issueId(), t.issueKey());
            if (other != null) {
                f.problem("id", "id " + t.issueId() + " is also the id of " + other);
            }
            JsmProject known = projects.putIfAbsent(t.projectKey(), read.project());
            if (known != null && known.id() != read.project().id()) {
                f.problem("fields.project.id", "project " + t.projectKey() + " has id " + read.project().id()
                        + " here and " + known.id() + " elsewhere in " + page);
            }
            worklogs += t.worklogs().size();
            publicComments += read.publicComments();
            internalComments += read.internalComments();
            resolved += t.isResolved() ? 1 : 0;
            rated += t.csat() != null ? 1 : 0;
            if (read.reporter() != null) {
                CustomerTally c = customers.computeIfAbsent(read.reporter().key(), k -> new CustomerTally(read.reporter()));
                if (t.organisation() != null) {
                    c.organisations.add(t.organisation());
                }
            }
        }
    }

    /** A reporter and the organisations on their requests. */
    private static final class CustomerTally {
        final IssueReader.JsmUserRef ref;
        final Set<String> organisations = new TreeSet<>();

        CustomerTally(IssueReader.JsmUserRef ref) {
            this.ref = ref;
        }
    }
}
