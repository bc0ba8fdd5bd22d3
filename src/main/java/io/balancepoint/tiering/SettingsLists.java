package io.balancepoint.tiering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of settings lists that keep null elements, so validation can report them instead of a constructor throwing. */
final class SettingsLists {

    private SettingsLists() {
    }

    static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
