package io.balancepoint.ingest;

import io.balancepoint.settings.SettingsDocument;
import java.util.Objects;

/** A settings revision made ready for recomputing: the document and the computation built from it. */
public record PreparedSettings(long revision, SettingsDocument document, TicketComputation computation) {

    public PreparedSettings {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(computation, "computation");
    }

    static PreparedSettings of(long revision, SettingsDocument document) {
        return new PreparedSettings(revision, document, new TicketComputation(document));
    }
}
