package io.balancepoint.time;

import io.balancepoint.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Validation every effective-dated settings list shares: {@code from} is required, {@code until}
 * is after {@code from}, and two entries for the same key are never in force on the same day.
 */
public final class EffectiveDatedChecks {

    private EffectiveDatedChecks() {
    }

    /** Reports a missing {@code from} or an {@code until} that is not after it, under {@code entry}. */
    public static void checkDates(EffectiveDated item, Problems entry) {
        if (entry.required(item.from(), "from") && item.until() != null && !item.until().isAfter(item.from())) {
            entry.add("until", "must be after from (" + item.from() + "); until is exclusive");
        }
    }

    /**
     * Reports each entry of {@code items} that overlaps an earlier entry with an equal key, e.g.
     * {@code entries[3]: overlaps entries[1] (2026-01-01..open) for the same key}. Entries whose
     * dates are unusable are skipped (they have their own problem already); null keys are a key too.
     *
     * @param listField the name of the list under {@code section}, used in paths and messages
     */
    public static <T extends EffectiveDated> void checkNoOverlaps(
            List<T> items, Function<T, ?> key, Problems section, String listField) {
        for (int j = 0; j < items.size(); j++) {
            T later = items.get(j);
            if (later == null || !later.hasValidDates()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                T earlier = items.get(i);
                if (earlier != null && earlier.hasValidDates()
                        && Objects.equals(key.apply(earlier), key.apply(later))
                        && earlier.effective().overlaps(later.effective())) {
                    section.at(listField).at(j).add("overlaps " + listField + "[" + i + "] ("
                            + earlier.describeDates() + ") for the same key");
                    break;
                }
            }
        }
    }
}
