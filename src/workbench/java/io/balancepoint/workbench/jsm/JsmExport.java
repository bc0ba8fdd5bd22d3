package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.tiering.OrganisationAttributes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A JSM export that passed validation (see {@link JsmImport#open}): its summary, projects, customers,
 * organisations and users in memory, and its tickets streamed from the files page by page, so an
 * export of any size is never held at once. Reading the tickets again reads the files again.
 */
public final class JsmExport {

    private final ExportFiles files;
    private final SiteData site;
    private final List<String> pages;
    private final ImportSummary summary;
    private final List<JsmProject> projects;
    private final List<JsmCustomer> customers;

    JsmExport(ExportFiles files, SiteData site, List<String> pages, ImportSummary summary, List<JsmProject> projects,
              List<JsmCustomer> customers) {
        this.files = files;
        this.site = site;
        this.pages = List.copyOf(pages);
        this.summary = summary;
        this.projects = List.copyOf(projects);
        this.customers = List.copyOf(customers);
    }

    /** The export directory. */
    public Path directory() {
        return files.root();
    }

    public ImportSummary summary() {
        return summary;
    }

    /** When the export was taken: the "now" of an analysis (provisional FCR, RFM recency). */
    public Instant exportedAt() {
        return site.exportedAt();
    }

    /** The Jira site the export came from, when the manifest names it. */
    public String baseUrl() {
        return site.baseUrl();
    }

    /** Projects of the exported issues, by key. */
    public List<JsmProject> projects() {
        return projects;
    }

    /** Reporters of the exported issues, by key. */
    public List<JsmCustomer> customers() {
        return customers;
    }

    /** Organisations of {@code organizations.json}, by name. */
    public List<JsmOrganisation> organisations() {
        return site.organisations().values().stream().sorted(Comparator.comparing(JsmOrganisation::name)).toList();
    }

    /** Users of {@code users.json} (agents and everyone else who wrote or logged anything), by key. */
    public List<JsmUser> users() {
        return site.users().values().stream().sorted(Comparator.comparing(JsmUser::key)).toList();
    }

    /** The organisation attribute the RFM monetary source may name: organisation name to the property's numeric value. */
    public OrganisationAttributes organisationAttributes() {
        return attribute -> {
            Map<String, BigDecimal> values = new TreeMap<>();
            site.organisations().values().forEach(o -> {
                BigDecimal value = o.attributes().get(attribute);
                if (value != null) {
                    values.put(o.name(), value);
                }
            });
            return values;
        };
    }

    /**
     * Every ticket, in the order of the search pages. Lazily read; close the stream to stop early.
     *
     * @throws IllegalStateException (while streaming) when a file changed or vanished since the export was validated
     */
    public Stream<SourcedTicket> tickets() {
        IssueReader reader = new IssueReader(files, site);
        return pages.stream().flatMap(page -> {
            ImportProblems problems = new ImportProblems();
            JsonNode node = files.read(page, problems);
            if (node == null) {
                throw changed(problems);
            }
            Fields f = new Fields(problems, page, null);
            return StreamSupport.stream(node.path("issues").spliterator(), false).map(issue -> {
                IssueReader.ReadIssue read = reader.read(issue, f, problems);
                if (read == null) {
                    throw changed(problems);
                }
                return read.ticket();
            });
        });
    }

    private IllegalStateException changed(ImportProblems problems) {
        try {
            problems.throwIfAny();
            return new IllegalStateException("the JSM export in " + files.root() + " changed since it was validated");
        } catch (JsmImportException e) {
            return new IllegalStateException("the JSM export in " + files.root() + " changed since it was validated: "
                    + e.getMessage(), e);
        }
    }
}
