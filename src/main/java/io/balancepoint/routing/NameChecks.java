package io.balancepoint.routing;

import io.balancepoint.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validation of name lists (support tiers, condition values) and of references to configured names. */
final class NameChecks {

    private NameChecks() {
    }

    /** Entries present, not blank and not repeated; with {@code ignoreCase}, "Phone" repeats "phone". */
    static void checkEntries(Problems problems, String field, List<String> names, boolean ignoreCase) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.at(field).at(i).add("must not be blank");
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(ignoreCase ? name.toLowerCase(Locale.ROOT) : name, i);
            if (earlier != null) {
                problems.at(field).at(i).add("duplicates " + field + "[" + earlier + "] '" + names.get(earlier) + "'");
            }
        }
    }

    /** A required reference to one of {@code known}, a list of {@code what} (e.g. "support tier"). */
    static void checkReference(Problems problems, String field, String name, List<String> known, String what) {
        if (name == null || name.isBlank()) {
            problems.add(field, "is required");
        } else if (!known.contains(name)) {
            problems.add(field, unknown(what, name, known));
        }
    }

    /** The reason for a reference to a name that is not configured, listing the usable ones. */
    static String unknown(String what, String name, List<String> known) {
        List<String> usable = known.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        return "unknown " + what + " '" + name + "' (known: " + String.join(", ", usable) + ")";
    }
}
