package io.balancepoint.roi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Null-tolerant defensive copies for settings records: compact constructors must not throw on
 * missing or null input (validation reports it), and maps are sorted so output order is stable.
 */
final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy that keeps null elements (so validation can report them); empty for null. */
    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy sorted by key that keeps null values; empty for null. */
    static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
