package io.balancepoint.rest.settings;

import io.balancepoint.store.SettingsChange;
import java.util.List;

/** One page of the settings history, newest first; {@code total} is the number of saved revisions. */
public record SettingsHistoryPage(int offset, int limit, int total, List<SettingsChange> changes) {
}
