package io.balancepoint.store;

import java.time.Instant;

/** One saved revision in the settings history: who saved it, when and why (the document itself via {@link SettingsStore#revision}). */
public record SettingsChange(long revision, String author, Instant savedAt, String comment) {
}
