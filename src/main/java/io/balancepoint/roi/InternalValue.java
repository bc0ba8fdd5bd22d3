package io.balancepoint.roi;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import io.balancepoint.time.WorkingCalendar;
import io.balancepoint.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Value of an internal service desk for one project and month: productivity restored.
 *
 * <p>Each real resolution cost its requester downtime = business hours from creation to
 * resolution (the desk's {@link WorkingCalendar}) × the impact share of its priority; downtime
 * cost = downtime × the employees' loaded hourly cost. The baseline assumes every ticket took its
 * priority's target hours. Value = baseline downtime cost − actual downtime cost + shift-left
 * savings, where a ticket resolved at a lower support tier than its request type's baseline tier
 * saves (baseline tier cost per resolution − resolved tier cost per resolution).
 *
 * <p>Tickets resolved as duplicate, won't do and the like (not a real resolution) are left out:
 * their requester's downtime is carried by the real ticket, and counting them would credit the
 * desk with a whole baseline for closing a duplicate. A priority without an impact share or a
 * target contributes nothing and is reported as such.
 */
public final class InternalValue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SECONDS_PER_HOUR_TIMES_100 = BigDecimal.valueOf(360_000);

    private InternalValue() {
    }

    /**
     * @param factsOfMonth tickets of the project resolved in the month (others are counted as excluded)
     * @param monthCost    the month's fully loaded service cost; its currency is the result's
     * @param settings     a valid internal-desk section with an employee hourly cost
     * @param calendar     the desk's working time
     * @param shiftLeft    support tier order and cost per resolution per tier
     * @throws InvalidInputException when the employee hourly cost is not set
     */
    public static InternalValueResult compute(List<TicketFacts> factsOfMonth, Money monthCost, InternalDeskSettings settings,
                                              WorkingCalendar calendar, ShiftLeftBasis shiftLeft) {
        if (settings.employeeHourlyCost() == null) {
            throw InvalidInputException.of("internalDesk.employeeHourlyCost", "is required for an internal desk");
        }
        Money hourlyCost = Money.of(settings.employeeHourlyCost(), monthCost.currency());
        Money zero = Money.zero(monthCost.currency());

        List<TicketFacts> real = factsOfMonth.stream().filter(f -> f.isResolved() && f.realResolution()).toList();
        Map<String, List<TicketFacts>> byPriority = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        real.forEach(f -> byPriority.computeIfAbsent(f.priority(), p -> new ArrayList<>()).add(f));

        List<InternalValueResult.PriorityDowntime> priorities = new ArrayList<>();
        byPriority.forEach((priority, tickets) ->
                priorities.add(downtimeOf(priority, tickets, settings, calendar, hourlyCost, zero)));
        priorities.sort(Comparator.comparing(InternalValueResult.PriorityDowntime::impactSharePercent,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(InternalValueResult.PriorityDowntime::priority, Comparator.nullsLast(Comparator.naturalOrder())));

        Money baseline = zero;
        Money actual = zero;
        int counted = 0;
        for (InternalValueResult.PriorityDowntime line : priorities) {
            baseline = baseline.plus(line.baselineDowntimeCost());
            actual = actual.plus(line.actualDowntimeCost());
            counted += line.counted() ? line.tickets() : 0;
        }
        List<InternalValueResult.ShiftLeftLine> shiftLeftLines = shiftLeftLines(real, settings, shiftLeft, zero);
        Money shiftLeftSaving = shiftLeftLines.stream().map(InternalValueResult.ShiftLeftLine::saving).reduce(zero, Money::plus);
        int shiftLeftTickets = shiftLeftLines.stream().mapToInt(InternalValueResult.ShiftLeftLine::tickets).sum();

        Money downtimeSaving = baseline.minus(actual);
        Money value = downtimeSaving.plus(shiftLeftSaving);
        return new InternalValueResult(hourlyCost, priorities, counted, real.size() - counted,
                factsOfMonth.size() - real.size(), baseline, actual, downtimeSaving,
                shiftLeft.supportTierOrder(), shiftLeft.costPerResolutionByTier(), shiftLeftLines, shiftLeftTickets,
                shiftLeftSaving, value, monthCost, RoiPercent.of(value, monthCost));
    }

    private static InternalValueResult.PriorityDowntime downtimeOf(String priority, List<TicketFacts> tickets,
                                                                  InternalDeskSettings settings, WorkingCalendar calendar,
                                                                  Money hourlyCost, Money zero) {
        BigDecimal share = priority == null ? null : settings.impactSharePercentByPriority().get(priority);
        BigDecimal target = priority == null ? null : settings.targetResolutionHoursByPriority().get(priority);
        long seconds = tickets.stream()
                .mapToLong(f -> calendar.businessTimeBetween(f.created(), f.resolvedAt()).toSeconds())
                .sum();
        BigDecimal businessHours = hours(seconds);
        if (share == null || target == null) {
            return new InternalValueResult.PriorityDowntime(priority, tickets.size(), share, target, false, businessHours,
                    BigDecimal.ZERO, BigDecimal.ZERO, zero, zero);
        }
        // share is a percentage: hours × share ÷ 100; seconds × share ÷ 360 000 keeps it to one division
        BigDecimal actualHours = BigDecimal.valueOf(seconds).multiply(share).divide(SECONDS_PER_HOUR_TIMES_100, Money.DIVISION);
        BigDecimal baselineHours = target.multiply(BigDecimal.valueOf(tickets.size())).multiply(share).divide(HUNDRED);
        return new InternalValueResult.PriorityDowntime(priority, tickets.size(), share, target, true, businessHours,
                actualHours, baselineHours,
                hourlyCost.times(BigDecimal.valueOf(seconds).multiply(share)).dividedBy(SECONDS_PER_HOUR_TIMES_100),
                hourlyCost.times(baselineHours));
    }

    private static List<InternalValueResult.ShiftLeftLine> shiftLeftLines(List<TicketFacts> real, InternalDeskSettings settings,
                                                                         ShiftLeftBasis basis, Money zero) {
        record Pair(String baselineTier, int baselineRank, String resolvedTier, int resolvedRank) {
        }
        Map<Pair, Integer> ticketsByPair = new TreeMap<>(Comparator.comparingInt(Pair::baselineRank).thenComparingInt(Pair::resolvedRank));
        for (TicketFacts f : real) {
            String baselineTier = f.requestType() == null ? null : settings.baselineSupportTierByRequestType().get(f.requestType());
            OptionalInt baselineRank = basis.rankOf(baselineTier);
            OptionalInt resolvedRank = basis.rankOf(f.supportTier());
            if (baselineRank.isPresent() && resolvedRank.isPresent() && resolvedRank.getAsInt() < baselineRank.getAsInt()) {
                ticketsByPair.merge(new Pair(baselineTier, baselineRank.getAsInt(), f.supportTier(), resolvedRank.getAsInt()),
                        1, Integer::sum);
            }
        }
        List<InternalValueResult.ShiftLeftLine> lines = new ArrayList<>();
        ticketsByPair.forEach((pair, tickets) -> {
            Money baselineCost = basis.costOf(pair.baselineTier());
            Money resolvedCost = basis.costOf(pair.resolvedTier());
            Money perTicket = baselineCost == null || resolvedCost == null ? null : baselineCost.minus(resolvedCost);
            lines.add(new InternalValueResult.ShiftLeftLine(pair.baselineTier(), pair.resolvedTier(), tickets,
                    baselineCost, resolvedCost, perTicket, perTicket == null ? zero : perTicket.times(tickets)));
        });
        return lines;
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, Money.DIVISION).stripTrailingZeros();
    }
}
