package io.balancepoint.budget;

import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import io.balancepoint.time.WorkingCalendar;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Decomposes yearly targets exactly, in time (year → quarters → months → weeks → days of the
 * fiscal calendar) and in space (teams, support tiers, agents by their shares).
 *
 * <p>Every split uses {@link LargestRemainder} on the currency's minor units, so at every level
 * the parts add up exactly to their parent; the yearly amount itself is first rounded half-even to
 * the minor unit. In time the weights are those of the {@link TimeWeighting}; with
 * {@code WORKING_DAYS}, non-working days get nothing; a period whose sub-periods have no working
 * day at all is split by calendar days instead (such a period holds a non-zero amount only when
 * the whole year has no working day), so the amount is never lost. Ratio targets are not split
 * (see {@link TargetPlan}).
 */
public final class TargetDecomposition {

    private final FiscalCalendar calendar;
    private final WorkingCalendar workingCalendar;
    private final TimeWeighting weighting;

    public TargetDecomposition(FiscalCalendar calendar, WorkingCalendar workingCalendar, TimeWeighting weighting) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.workingCalendar = Objects.requireNonNull(workingCalendar, "workingCalendar");
        this.weighting = Objects.requireNonNull(weighting, "weighting");
    }

    /** The decomposition for validated budget settings; throws when they have problems. */
    public static TargetDecomposition of(BudgetSettings settings, WorkingCalendar workingCalendar) {
        Problems problems = new Problems();
        settings.validate(problems);
        problems.throwIfAny("invalid budget settings");
        return new TargetDecomposition(FiscalCalendar.of(settings.fiscalCalendar()), workingCalendar,
                settings.timeWeighting());
    }

    /** {@code total} for {@code year} allocated down to days. */
    public Allocation inTime(FiscalYear year, Money total) {
        return allocate(FiscalLevel.YEAR, year.period(), Money.of(total.rounded(), total.currency()));
    }

    /**
     * {@code total} split among the shares of {@code dimension}, in the order they are listed.
     * Throws when the dimension has no shares or they do not add up to exactly 100 %.
     */
    public static List<SpaceAmount> inSpace(Money total, List<SpaceShare> shares, SpaceDimension dimension) {
        List<SpaceShare> ofDimension = shares.stream().filter(share -> share.dimension() == dimension).toList();
        BigDecimal sum = ofDimension.stream().map(SpaceShare::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (ofDimension.isEmpty() || sum.compareTo(SpaceShare.HUNDRED) != 0) {
            throw InvalidInputException.of("shares", dimension + " shares add up to " + sum.toPlainString()
                    + " %, must add up to exactly 100");
        }
        List<Money> parts = LargestRemainder.split(total, ofDimension.stream().map(SpaceShare::sharePercent).toList());
        List<SpaceAmount> amounts = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            amounts.add(new SpaceAmount(dimension, ofDimension.get(i).key(), parts.get(i)));
        }
        return List.copyOf(amounts);
    }

    /** A project's targets decomposed in time; throws when they have problems. */
    public TargetPlan plan(ProjectTargets targets, Currency currency) {
        Problems problems = new Problems();
        targets.validate(problems);
        problems.throwIfAny("invalid project targets");
        FiscalYear year = calendar.fiscalYear(targets.fiscalYear());
        Money perResolution = targets.targetCostPerResolution() == null
                ? null : Money.of(targets.targetCostPerResolution(), currency);
        return new TargetPlan(targets.projectKey(), year, inTime(year, Money.of(targets.costBudget(), currency)),
                perResolution, targets.targetFcr(), targets.targetCsat());
    }

    private Allocation allocate(FiscalLevel level, Period period, Money amount) {
        if (level == FiscalLevel.DAY) {
            return new Allocation(level, period, amount, List.of());
        }
        FiscalLevel childLevel = level.child();
        List<Period> childPeriods = calendar.periodsWithin(period, childLevel);
        List<Money> childAmounts = LargestRemainder.split(amount, weightsOf(childPeriods));
        List<Allocation> children = new ArrayList<>(childPeriods.size());
        for (int i = 0; i < childPeriods.size(); i++) {
            children.add(allocate(childLevel, childPeriods.get(i), childAmounts.get(i)));
        }
        return new Allocation(level, period, amount, children);
    }

    private List<BigDecimal> weightsOf(List<Period> periods) {
        return switch (weighting) {
            case EQUAL -> periods.stream().map(period -> BigDecimal.ONE).toList();
            case CALENDAR_DAYS -> calendarDays(periods);
            case WORKING_DAYS -> {
                List<BigDecimal> workingDays = periods.stream()
                        .map(period -> BigDecimal.valueOf(workingCalendar.workingDaysBetween(period.start(), period.end())))
                        .toList();
                yield workingDays.stream().allMatch(days -> days.signum() == 0) ? calendarDays(periods) : workingDays;
            }
        };
    }

    private static List<BigDecimal> calendarDays(List<Period> periods) {
        return periods.stream().map(period -> BigDecimal.valueOf(period.days())).toList();
    }
}
