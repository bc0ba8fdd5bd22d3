package io.balancepoint.rest.settings;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.StoredSettings;
import java.time.Instant;

/** A settings revision as the API shows it: the document with who saved it, when and why (revision 0: the defaults). */
public record SettingsView(long revision, String savedBy, Instant savedAt, String comment, SettingsDocument document) {

    static SettingsView of(StoredSettings stored) {
        return new SettingsView(stored.revision(), stored.author(), stored.savedAt(), stored.comment(), stored.document());
    }
}
