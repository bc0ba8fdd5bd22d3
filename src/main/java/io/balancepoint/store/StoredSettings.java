package io.balancepoint.store;

import io.balancepoint.settings.SettingsDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * A settings document with the revision it was saved as. Revision 0 is the built-in defaults
 * (nothing saved yet), with no author or time.
 */
public record StoredSettings(long revision, SettingsDocument document, String author, Instant savedAt, String comment) {

    public StoredSettings {
        Objects.requireNonNull(document, "document");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative, was " + revision);
        }
    }

    /** What is in force before anything was saved. */
    public static StoredSettings defaults() {
        return new StoredSettings(SettingsStore.DEFAULTS_REVISION, SettingsDocument.defaults(), null, null, null);
    }
}
