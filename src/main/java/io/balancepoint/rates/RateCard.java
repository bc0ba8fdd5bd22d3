package io.balancepoint.rates;

import io.balancepoint.time.EffectiveDated;
import io.balancepoint.validation.Problems;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers "what did an hour of this person's work cost on this day" from validated
 * {@link RateSettings}. Precedence: the user's own rate, then a rate of one of their roles, then
 * the rate of the agent tier they were assigned to that day, then the default rate — each only as
 * in force on that day, so a rate that ended does not hide the next level.
 *
 * <p>When several of a person's roles have a rate, the highest wins (costs are never
 * understated); equal rates are broken by the alphabetically first role name, so the answer
 * never depends on set iteration order.
 */
public final class RateCard {

    private static final Comparator<RateEntry> HIGHEST_RATE_THEN_KEY =
            Comparator.comparing(RateEntry::hourlyRate).reversed().thenComparing(RateEntry::key);

    private final Map<RateKind, Map<String, List<RateEntry>>> ratesByKindAndKey;
    private final List<RateEntry> defaultRates;
    private final Map<String, List<AgentTierAssignment>> tiersByUser;

    private RateCard(RateSettings settings) {
        ratesByKindAndKey = settings.entries().stream()
                .filter(e -> e.kind() != RateKind.DEFAULT)
                .collect(Collectors.groupingBy(RateEntry::kind,
                        Collectors.groupingBy(RateEntry::key)));
        defaultRates = settings.entries().stream().filter(e -> e.kind() == RateKind.DEFAULT).toList();
        tiersByUser = settings.agentTiers().stream().collect(Collectors.groupingBy(AgentTierAssignment::userKey));
    }

    /**
     * Builds the card, refusing settings with problems (overlapping rates would make the answer
     * ambiguous). Problems are reported relative to the rates section.
     *
     * @throws io.balancepoint.validation.InvalidInputException when the settings are invalid
     */
    public static RateCard from(RateSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        problems.throwIfAny("invalid rate settings");
        return new RateCard(settings);
    }

    /**
     * The rate for {@code userKey}'s work on {@code day}; empty when no rate of any level is in
     * force that day (only possible before the first default rate starts).
     *
     * @param roles the person's Jira groups and project roles; may be empty
     */
    public Optional<ResolvedRate> rateFor(String userKey, Set<String> roles, LocalDate day) {
        return userRate(userKey, day)
                .or(() -> roleRate(roles, day))
                .or(() -> tierRate(userKey, day))
                .or(() -> defaultRate(day));
    }

    /** The default rate in force on {@code day}: the rate of handle-time estimates. */
    public Optional<ResolvedRate> defaultRate(LocalDate day) {
        return inForce(defaultRates, day).map(RateCard::resolved);
    }

    private Optional<ResolvedRate> userRate(String userKey, LocalDate day) {
        return inForce(rates(RateKind.USER, userKey), day).map(RateCard::resolved);
    }

    private Optional<ResolvedRate> roleRate(Set<String> roles, LocalDate day) {
        if (roles == null || roles.isEmpty()) {
            return Optional.empty();
        }
        return roles.stream()
                .map(role -> inForce(rates(RateKind.ROLE, role), day))
                .flatMap(Optional::stream)
                .min(HIGHEST_RATE_THEN_KEY)
                .map(RateCard::resolved);
    }

    private Optional<ResolvedRate> tierRate(String userKey, LocalDate day) {
        return inForce(tiersByUser.getOrDefault(userKey, List.of()), day)
                .flatMap(assignment -> inForce(rates(RateKind.AGENT_TIER, assignment.tier()), day))
                .map(RateCard::resolved);
    }

    private List<RateEntry> rates(RateKind kind, String key) {
        return ratesByKindAndKey.getOrDefault(kind, Map.of()).getOrDefault(key, List.of());
    }

    /** The one entry in force on {@code day}; validation guarantees there is at most one. */
    private static <T extends EffectiveDated> Optional<T> inForce(Collection<T> entries, LocalDate day) {
        return entries.stream().filter(e -> e.inForceOn(day)).findFirst();
    }

    private static ResolvedRate resolved(RateEntry entry) {
        return new ResolvedRate(entry.hourlyRate(), entry.kind().source(), entry.key());
    }
}
