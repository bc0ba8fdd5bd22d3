package io.balancepoint.tiering;

import io.balancepoint.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validation of tier names: the list that defines them and the references to them. */
final class TierNames {

    private TierNames() {
    }

    /** Every name present, not blank, and not repeated. */
    static void checkDefinitions(Problems problems, String field, List<String> names) {
        if (names.isEmpty()) {
            problems.add(field, "must name at least one tier");
            return;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.at(field).at(i).add("must not be blank");
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(name, i);
            if (earlier != null) {
                problems.at(field).at(i).add("duplicates " + field + "[" + earlier + "] '" + name + "'");
            }
        }
    }

    /** A required reference to one of {@code tiers}. */
    static void checkReference(Problems problems, String field, String tier, List<String> tiers) {
        if (tier == null || tier.isBlank()) {
            problems.add(field, "is required");
        } else if (!tiers.contains(tier)) {
            problems.add(field, "unknown tier '" + tier + "' (known: " + known(tiers) + ")");
        }
    }

    private static String known(List<String> tiers) {
        return String.join(", ", tiers.stream().filter(t -> t != null && !t.isBlank()).distinct().toList());
    }
}
