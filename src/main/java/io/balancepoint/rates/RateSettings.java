package io.balancepoint.rates;

import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "rates" settings section: effective-dated hourly rates by user, role, agent tier and
 * default, and who belongs to which agent tier when.
 */
public record RateSettings(List<RateEntry> entries, List<AgentTierAssignment> agentTiers) {

    /**
     * The default rate of {@link #defaults()}: 40.00 per productive hour, the fully loaded agent
     * cost of the worked example in research/market-domain.md §3.3 (Iterum: $10M ÷ (150 agents ×
     * 2,080 h × 80 % productive) ≈ $40). Admins are expected to replace it with their own figure,
     * e.g. from {@link LoadedRateCalculator}.
     */
    public static final BigDecimal DEFAULT_HOURLY_RATE = new BigDecimal("40.00");

    /** The start of the default rate of {@link #defaults()}: early enough to cover any imported history. */
    public static final LocalDate DEFAULTS_FROM = LocalDate.of(2000, 1, 1);

    public RateSettings {
        // Not List.copyOf: it rejects null elements, which validate() must be able to report.
        entries = Copies.list(entries);
        agentTiers = Copies.list(agentTiers);
    }

    /** One open-ended default rate of {@link #DEFAULT_HOURLY_RATE} from {@link #DEFAULTS_FROM}; no other rates. */
    public static RateSettings defaults() {
        return new RateSettings(
                List.of(new RateEntry(RateKind.DEFAULT, null, DEFAULT_HOURLY_RATE, DEFAULTS_FROM, null,
                        "fully loaded agent cost, research benchmark; replace with your own")),
                List.of());
    }

    /**
     * Reports every problem: each entry's own, overlapping rates for the same (kind, key),
     * overlapping tier assignments for the same person, assignments to a tier that has no rate,
     * and default-rate coverage: at least one DEFAULT rate, no gap between DEFAULT rates and the
     * latest one open-ended, so that every day from the first default on has a rate.
     */
    public void validate(Problems problems) {
        problems.each(entries, "entries", (p, e) -> ((RateEntry) e).validate(p));
        problems.each(agentTiers, "agentTiers", (p, a) -> ((AgentTierAssignment) a).validate(p));
        EffectiveDatedChecks.checkNoOverlaps(entries, e -> new KindAndKey(e.kind(), e.key()), problems, "entries");
        EffectiveDatedChecks.checkNoOverlaps(agentTiers, AgentTierAssignment::userKey, problems, "agentTiers");
        checkTiersExist(problems);
        checkDefaultCoverage(problems);
    }

    private void checkTiersExist(Problems problems) {
        Set<String> tiers = entries.stream()
                .filter(e -> e != null && e.kind() == RateKind.AGENT_TIER && e.key() != null)
                .map(RateEntry::key)
                .collect(Collectors.toSet());
        for (int i = 0; i < agentTiers.size(); i++) {
            AgentTierAssignment a = agentTiers.get(i);
            if (a != null && a.tier() != null && !a.tier().isBlank() && !tiers.contains(a.tier())) {
                problems.at("agentTiers").at(i).add("tier", "unknown agent tier '" + a.tier()
                        + "': add an AGENT_TIER rate with this key first");
            }
        }
    }

    private void checkDefaultCoverage(Problems problems) {
        List<Integer> defaults = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RateEntry e = entries.get(i);
            if (e != null && e.kind() == RateKind.DEFAULT) {
                defaults.add(i);
            }
        }
        if (defaults.isEmpty()) {
            problems.add("entries", "needs at least one DEFAULT rate");
            return;
        }
        List<Integer> usable = defaults.stream()
                .filter(i -> entries.get(i).hasValidDates())
                .sorted(Comparator.comparing(i -> entries.get(i).from()))
                .toList();
        if (usable.size() < defaults.size()) {
            return; // coverage cannot be judged until every default has usable dates
        }
        LocalDate coveredUntil = entries.get(usable.get(0)).until();
        int coveringIndex = usable.get(0);
        for (int i : usable.subList(1, usable.size())) {
            RateEntry next = entries.get(i);
            if (coveredUntil == null) {
                return; // an open default followed by another: reported as an overlap
            }
            if (next.from().isAfter(coveredUntil)) {
                problems.at("entries").at(i).add("from", "leaves a gap in the DEFAULT rate from "
                        + coveredUntil + " (entries[" + coveringIndex + "] ends there)");
            }
            if (next.until() == null || next.until().isAfter(coveredUntil)) {
                coveredUntil = next.until();
                coveringIndex = i;
            }
        }
        if (coveredUntil != null) {
            problems.at("entries").at(coveringIndex).add("until",
                    "the latest DEFAULT rate must be open-ended (no until), so every later day has a rate");
        }
    }

    /** Overlap identity of a rate: two rates clash only for the same kind and key. */
    private record KindAndKey(RateKind kind, String key) {
    }
}
