package io.balancepoint.ledger;

import io.balancepoint.validation.Copies;
import io.balancepoint.money.Money;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The "overhead" settings section: effective-dated overhead rules for tickets and monthly period overhead. */
public record OverheadSettings(List<OverheadRule> rules, List<PeriodOverhead> periodOverheads) {

    public OverheadSettings {
        // Not List.copyOf: it rejects null elements, which validate() must be able to report.
        rules = Copies.list(rules);
        periodOverheads = Copies.list(periodOverheads);
    }

    /**
     * No overhead. Any default figure would be invented, and the default channel costs already
     * carry the non-labour share of contact handling (see {@link ChannelSettings#defaults()}).
     */
    public static OverheadSettings defaults() {
        return new OverheadSettings(List.of(), List.of());
    }

    /**
     * The rule for {@code projectKey} on {@code day}: the project's own rule in force that day,
     * else the all-projects rule in force that day. A project rule replaces the all-projects rule
     * entirely (both amounts), so what applies is always one visible rule.
     */
    public Optional<OverheadRule> ruleFor(String projectKey, LocalDate day) {
        return inForce(projectKey, day).or(() -> inForce(null, day));
    }

    /** The sum of the project's period overhead entries for {@code month}; zero when there are none. */
    public Money periodOverhead(String projectKey, YearMonth month, Currency currency) {
        BigDecimal sum = periodOverheads.stream()
                .filter(p -> p != null && p.amount() != null
                        && Objects.equals(p.projectKey(), projectKey) && Objects.equals(p.month(), month))
                .map(PeriodOverhead::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.of(sum, currency);
    }

    /** Reports every problem: each entry's own and overlapping rules for the same project (or for all projects). */
    public void validate(Problems problems) {
        problems.each(rules, "rules", (p, r) -> ((OverheadRule) r).validate(p));
        problems.each(periodOverheads, "periodOverheads", (p, o) -> ((PeriodOverhead) o).validate(p));
        EffectiveDatedChecks.checkNoOverlaps(rules, OverheadRule::projectKey, problems, "rules");
    }

    private Optional<OverheadRule> inForce(String projectKey, LocalDate day) {
        return rules.stream()
                .filter(r -> r != null && Objects.equals(r.projectKey(), projectKey) && r.inForceOn(day))
                .findFirst();
    }
}
