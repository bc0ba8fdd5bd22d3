package io.balancepoint.ingest;

import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.StoredSettings;
import java.util.Objects;

/**
 * The settings every recompute on this node uses, rebuilt only when the stored revision changes
 * (building a {@link TicketComputation} prepares rate cards and calendars). Callers
 * {@link #refresh()} once per batch: a cheap revision check; the document is read only when it
 * moved on. Shared by the worker and the jobs of a node; thread-safe.
 */
public final class SettingsInForce {

    private final SettingsStore store;
    private volatile PreparedSettings prepared;

    public SettingsInForce(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Brings the settings up to the stored revision and returns them. */
    public PreparedSettings refresh() {
        PreparedSettings current = prepared;
        if (current != null && current.revision() == store.currentRevision()) {
            return current;
        }
        synchronized (this) {
            StoredSettings stored = store.current();
            if (prepared == null || prepared.revision() != stored.revision()) {
                prepared = PreparedSettings.of(stored.revision(), stored.document());
            }
            return prepared;
        }
    }

    /** The settings of the last {@link #refresh()}, refreshing first if there was none. */
    public PreparedSettings get() {
        PreparedSettings current = prepared;
        return current != null ? current : refresh();
    }
}
