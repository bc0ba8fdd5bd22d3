package io.balancepoint.workbench.load;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.workbench.tickets.DeskTicket;
import io.balancepoint.workbench.tickets.Organisation;
import io.balancepoint.workbench.tickets.Project;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What a first load puts into an empty workbench: the sample desk, or an imported JSM export. */
public interface DeskContent {

    List<Project> projects();

    List<Organisation> organisations();

    /** The settings to start with; empty keeps the stored (or default) settings. */
    Optional<SettingsDocument> settings();

    /** How many tickets {@link #tickets} will hand over (for progress; may be an estimate). */
    long expectedTickets();

    /** Hands over every ticket, in chunks of about {@code chunkSize}. */
    void tickets(int chunkSize, Consumer<List<DeskTicket>> sink);
}
