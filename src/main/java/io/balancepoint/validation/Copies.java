package io.balancepoint.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defensive copies for settings records. Their constructors must not throw on missing or null
 * input read from JSON (validation reports it with a field path), so these copies keep null
 * elements and turn a missing list into an empty one.
 */
public final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy that keeps null elements; empty for null. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy sorted by key (stable output order) that keeps null values; empty for null. */
    public static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
