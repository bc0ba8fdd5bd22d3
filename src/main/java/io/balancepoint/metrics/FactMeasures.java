package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * The additive measures of a group of tickets: counts and sums only, never ratios, so groups combine
 * with {@link #plus}, a recomputed ticket moves a rollup row by {@code of(new).minus(of(old))}, and
 * every metric ({@link PeriodMetrics}) is computed the same way from a live group or a stored rollup row.
 *
 * @param tickets               tickets in the group
 * @param resolved              of them resolved
 * @param realResolutions       resolved with a resolution that is not excluded (the cost-per-resolution denominator)
 * @param fcrApplicable         FCR-applicable tickets (FCR, provisional or not FCR)
 * @param fcr                   tickets that count as first-contact resolutions (FCR and provisional)
 * @param fcrProvisional        of {@code fcr}, those still provisional
 * @param totalCost             sum of the tickets' total cost
 * @param costByCategory        sum per category; every category is present
 * @param agentContacts         agent public responses
 * @param customerFollowUps     customer follow-ups
 * @param reopens               reopen events
 * @param labourSeconds         logged work
 * @param labourTickets         tickets with logged work (mean handle time = labourSeconds ÷ labourTickets)
 * @param estimatedLabourTickets tickets whose labour cost is an estimate
 * @param firstResponseSeconds  sum of first response times of tickets that have one
 * @param firstResponses        tickets with a first response
 * @param resolutionSeconds     sum of resolution times of resolved tickets
 * @param csatSum               sum of CSAT ratings
 * @param csatCount             rated tickets
 */
public record FactMeasures(
        long tickets,
        long resolved,
        long realResolutions,
        long fcrApplicable,
        long fcr,
        long fcrProvisional,
        Money totalCost,
        Map<CostCategory, Money> costByCategory,
        long agentContacts,
        long customerFollowUps,
        long reopens,
        long labourSeconds,
        long labourTickets,
        long estimatedLabourTickets,
        long firstResponseSeconds,
        long firstResponses,
        long resolutionSeconds,
        long csatSum,
        long csatCount) {

    public FactMeasures {
        Objects.requireNonNull(totalCost, "totalCost");
        costByCategory = allCategories(costByCategory, totalCost.currency());
    }

    /** The measures of an empty group. */
    public static FactMeasures zero(Currency currency) {
        return new FactMeasures(0, 0, 0, 0, 0, 0, Money.zero(currency), Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The measures of one ticket. */
    public static FactMeasures of(TicketFacts f) {
        FcrStatus status = f.fcrStatus();
        return new FactMeasures(
                1,
                flag(f.isResolved()),
                flag(f.realResolution()),
                flag(status.isApplicable()),
                flag(status.countsAsFcr()),
                flag(status == FcrStatus.PROVISIONAL),
                f.totalCost(),
                f.costByCategory(),
                f.agentContacts(),
                f.customerFollowUps(),
                f.reopenCount(),
                f.labourSeconds(),
                flag(f.labourSeconds() > 0),
                flag(f.labourEstimated()),
                seconds(f.firstResponse()),
                flag(f.firstResponse() != null),
                seconds(f.resolutionTime()),
                f.csat() == null ? 0 : f.csat(),
                flag(f.csat() != null));
    }

    public Currency currency() {
        return totalCost.currency();
    }

    /** The measures of both groups together. */
    public FactMeasures plus(FactMeasures other) {
        return combine(other, Math::addExact, Money::plus);
    }

    /** The measures of this group without {@code other} (which must be part of it); for rollup deltas. */
    public FactMeasures minus(FactMeasures other) {
        return combine(other, Math::subtractExact, Money::minus);
    }

    /** Every count and amount negated: what taking a group out of a sum adds to it. */
    public FactMeasures negated() {
        return zero(currency()).minus(this);
    }

    /** True when every count and amount is zero (whatever the scale of the zeros): an empty group, or a delta that changes nothing. */
    public boolean isZero() {
        return equals(zero(currency()));
    }

    private FactMeasures combine(FactMeasures o, LongBinaryOperator n, BinaryOperator<Money> m) {
        Map<CostCategory, Money> categories = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            categories.put(c, m.apply(costByCategory.get(c), o.costByCategory.get(c)));
        }
        return new FactMeasures(
                n.applyAsLong(tickets, o.tickets),
                n.applyAsLong(resolved, o.resolved),
                n.applyAsLong(realResolutions, o.realResolutions),
                n.applyAsLong(fcrApplicable, o.fcrApplicable),
                n.applyAsLong(fcr, o.fcr),
                n.applyAsLong(fcrProvisional, o.fcrProvisional),
                m.apply(totalCost, o.totalCost),
                categories,
                n.applyAsLong(agentContacts, o.agentContacts),
                n.applyAsLong(customerFollowUps, o.customerFollowUps),
                n.applyAsLong(reopens, o.reopens),
                n.applyAsLong(labourSeconds, o.labourSeconds),
                n.applyAsLong(labourTickets, o.labourTickets),
                n.applyAsLong(estimatedLabourTickets, o.estimatedLabourTickets),
                n.applyAsLong(firstResponseSeconds, o.firstResponseSeconds),
                n.applyAsLong(firstResponses, o.firstResponses),
                n.applyAsLong(resolutionSeconds, o.resolutionSeconds),
                n.applyAsLong(csatSum, o.csatSum),
                n.applyAsLong(csatCount, o.csatCount));
    }

    private static Map<CostCategory, Money> allCategories(Map<CostCategory, Money> given, Currency currency) {
        Map<CostCategory, Money> all = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            Money amount = given == null ? null : given.get(c);
            if (amount != null && !amount.currency().equals(currency)) {
                throw new IllegalArgumentException("cost of " + c + " is in " + amount.currency() + ", total in " + currency);
            }
            all.put(c, amount == null ? Money.zero(currency) : amount);
        }
        return Collections.unmodifiableMap(all);
    }

    private static long flag(boolean condition) {
        return condition ? 1 : 0;
    }

    private static long seconds(Duration duration) {
        return duration == null ? 0 : duration.toSeconds();
    }
}
