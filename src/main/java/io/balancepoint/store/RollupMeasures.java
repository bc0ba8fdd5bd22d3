package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The additive measures a day rollup keeps for the tickets resolved that day. Every field is a sum
 * over tickets, so a ticket's change is applied as {@code of(new) − of(old)} and the table can
 * always be rebuilt by summing ticket facts. Amounts are in the currency of the rollup key and
 * kept canonical (no trailing zeros), so equal sums are equal records whatever order they were added in.
 *
 * <p>Store-side measures only; {@code metrics} derives rates (FCR %, cost per resolution, mean
 * CSAT) from them.
 *
 * @param resolved      tickets resolved (each ticket counts once, on the day of its latest resolution)
 * @param realResolved  of those, resolved with a real (not excluded) resolution: the divisor of cost per resolution
 * @param fcrApplicable tickets whose FCR status is applicable (FCR, provisional or not FCR)
 * @param fcr           tickets counted as first-contact resolutions (FCR or provisional)
 * @param contacts      agent public responses
 * @param csatSum       sum of CSAT ratings of rated tickets
 * @param csatCount     rated tickets
 * @param followUps     customer follow-ups
 * @param reopens       reopen events
 */
public record RollupMeasures(
        long resolved,
        long realResolved,
        long fcrApplicable,
        long fcr,
        long contacts,
        long labourSeconds,
        long csatSum,
        long csatCount,
        long followUps,
        long reopens,
        BigDecimal totalCost,
        Map<CostCategory, BigDecimal> costByCategory) {

    /** Nothing: the measures of an unresolved ticket, and of a rollup key with no tickets. */
    public static final RollupMeasures ZERO = new RollupMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, Map.of());

    /** Every category is present (zero when it had no cost); amounts are canonical. */
    public RollupMeasures {
        totalCost = canonical(Objects.requireNonNull(totalCost, "totalCost"));
        EnumMap<CostCategory, BigDecimal> complete = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            BigDecimal amount = costByCategory == null ? null : costByCategory.get(category);
            complete.put(category, canonical(amount == null ? BigDecimal.ZERO : amount));
        }
        costByCategory = Map.copyOf(complete);
    }

    /** What one ticket contributes: nothing while unresolved, its counts and costs once resolved. */
    public static RollupMeasures of(TicketFacts facts) {
        if (facts == null || !facts.isResolved()) {
            return ZERO;
        }
        Currency currency = facts.totalCost().currency();
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        facts.costByCategory().forEach((category, money) -> byCategory.put(category, amountIn(currency, money)));
        return new RollupMeasures(
                1,
                facts.realResolution() ? 1 : 0,
                facts.fcrStatus().isApplicable() ? 1 : 0,
                facts.fcrStatus().countsAsFcr() ? 1 : 0,
                facts.agentContacts(),
                facts.labourSeconds(),
                facts.csat() == null ? 0 : facts.csat(),
                facts.csat() == null ? 0 : 1,
                facts.customerFollowUps(),
                facts.reopenCount(),
                facts.totalCost().amount(),
                byCategory);
    }

    public RollupMeasures plus(RollupMeasures other) {
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            byCategory.put(category, costByCategory.get(category).add(other.costByCategory.get(category)));
        }
        return new RollupMeasures(
                resolved + other.resolved,
                realResolved + other.realResolved,
                fcrApplicable + other.fcrApplicable,
                fcr + other.fcr,
                contacts + other.contacts,
                labourSeconds + other.labourSeconds,
                csatSum + other.csatSum,
                csatCount + other.csatCount,
                followUps + other.followUps,
                reopens + other.reopens,
                totalCost.add(other.totalCost),
                byCategory);
    }

    public RollupMeasures negate() {
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        costByCategory.forEach((category, amount) -> byCategory.put(category, amount.negate()));
        return new RollupMeasures(-resolved, -realResolved, -fcrApplicable, -fcr, -contacts, -labourSeconds,
                -csatSum, -csatCount, -followUps, -reopens, totalCost.negate(), byCategory);
    }

    public RollupMeasures minus(RollupMeasures other) {
        return plus(other.negate());
    }

    /** True when every measure is zero: such a rollup row is deleted rather than kept. */
    public boolean isZero() {
        return equals(ZERO);
    }

    private static BigDecimal amountIn(Currency currency, Money money) {
        if (!money.currency().equals(currency)) {
            throw new IllegalArgumentException("cost by category in " + money.currency() + " but total cost in " + currency);
        }
        return money.amount();
    }

    /** Same value, no trailing zeros, never a negative scale: 1.50 and 1.5 become 1.5, 1E+3 becomes 1000. */
    static BigDecimal canonical(BigDecimal amount) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
