package io.balancepoint.workbench.jsm;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.tiering.MonetarySource;
import io.balancepoint.workbench.load.DeskContent;
import io.balancepoint.workbench.tickets.DeskTicket;
import io.balancepoint.workbench.tickets.Organisation;
import io.balancepoint.workbench.tickets.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A validated JSM export as the workbench's first load: its projects, organisations and tickets
 * (streamed from the files, never held whole), and optionally the settings to cost them with.
 */
public final class JsmDesk implements DeskContent {

    private final JsmExport export;
    private final Optional<SettingsDocument> settings;

    public JsmDesk(JsmExport export, Optional<SettingsDocument> settings) {
        this.export = export;
        this.settings = settings;
    }

    public JsmExport export() {
        return export;
    }

    @Override
    public List<Project> projects() {
        return export.projects().stream().map(p -> new Project(p.key(), p.name() == null ? p.key() : p.name())).toList();
    }

    /**
     * The workbench keeps one numeric attribute per organisation: the one the settings' RFM monetary
     * source names when it reads an organisation attribute, else the organisation's first.
     */
    @Override
    public List<Organisation> organisations() {
        Optional<String> named = settings.map(s -> s.tiering().rfm().monetary())
                .filter(m -> m.kind() == MonetarySource.Kind.ORGANISATION_ATTRIBUTE)
                .map(MonetarySource::attributeName);
        return export.organisations().stream().map(o -> {
            Map<String, BigDecimal> attributes = o.attributes();
            String name = named.filter(attributes::containsKey)
                    .orElse(attributes.isEmpty() ? null : attributes.keySet().iterator().next());
            return new Organisation(o.name(), name, name == null ? null : attributes.get(name));
        }).toList();
    }

    @Override
    public Optional<SettingsDocument> settings() {
        return settings;
    }

    @Override
    public long expectedTickets() {
        return export.summary().issues();
    }

    @Override
    public void tickets(int chunkSize, Consumer<List<DeskTicket>> sink) {
        try (Stream<ExportedIssue> issues = export.issues()) {
            List<DeskTicket> chunk = new ArrayList<>(chunkSize);
            for (Iterator<ExportedIssue> it = issues.iterator(); it.hasNext(); ) {
                ExportedIssue issue = it.next();
                chunk.add(new DeskTicket(issue.ticket(), issue.summary(), issue.assignee()));
                if (chunk.size() == chunkSize) {
                    sink.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                sink.accept(List.copyOf(chunk));
            }
        }
    }
}
