package io.balancepoint.roi;

import io.balancepoint.money.Money;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Channel-shift what-if: move x % of channel A's contacts to channel B.
 *
 * <p>The model, stated so nobody reads more into it:
 * <ul>
 *   <li>Cost is contact-driven: period cost = Σ contacts × cost per contact. Moved contacts cost
 *       B's cost per contact instead of A's. Costs not driven by contacts are outside the model.</li>
 *   <li>Moved contacts resolve at B's yield (B's resolutions ÷ B's contacts) instead of A's, so a
 *       cheap channel that resolves less (self-service) can raise the cost per resolution. When B
 *       has no contacts yet, the moved contacts keep A's yield and the result says so.</li>
 *   <li>Satisfaction: each channel has an admin-set expected change in satisfaction index points
 *       ({@link RoiSettings#channelSatisfactionChange()}, missing = 0); a moved contact changes by
 *       change(B) − change(A), and the overall change is that times moved ÷ all contacts.</li>
 * </ul>
 */
public final class ChannelShift {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChannelShift() {
    }

    /**
     * @param satisfactionChange per channel, expected satisfaction index points (see the class comment)
     * @throws io.balancepoint.validation.InvalidInputException listing every problem of the question
     */
    public static ChannelShiftResult simulate(ChannelShiftQuestion question, Map<String, BigDecimal> satisfactionChange,
                                              Currency currency) {
        Problems problems = new Problems();
        question.validate(problems);
        problems.throwIfAny("invalid channel-shift question");

        ChannelVolume from = question.volumeOf(question.fromChannel());
        ChannelVolume to = question.volumeOf(question.toChannel());
        BigDecimal share = question.percentMoved().divide(HUNDRED);
        BigDecimal moved = BigDecimal.valueOf(from.contacts()).multiply(share);

        Money costBefore = Money.zero(currency);
        long contactsBefore = 0;
        long resolutionsBefore = 0;
        for (ChannelVolume v : question.channels()) {
            costBefore = costBefore.plus(Money.of(v.costPerContact(), currency).times(v.contacts()));
            contactsBefore += v.contacts();
            resolutionsBefore += v.resolutions();
        }
        Money costAfter = costBefore.plus(Money.of(to.costPerContact().subtract(from.costPerContact()), currency).times(moved));

        BigDecimal fromYield = from.contacts() == 0 ? null : ratio(from.resolutions(), from.contacts());
        boolean toYieldAssumed = to.contacts() == 0;
        BigDecimal resolutionsLeavingFrom = BigDecimal.valueOf(from.resolutions()).multiply(share);
        // moved × B's yield, written so the only division is by B's contacts
        BigDecimal resolutionsGainedInTo = toYieldAssumed ? resolutionsLeavingFrom
                : moved.multiply(BigDecimal.valueOf(to.resolutions())).divide(BigDecimal.valueOf(to.contacts()), Money.DIVISION);
        BigDecimal toYield = toYieldAssumed ? fromYield : ratio(to.resolutions(), to.contacts());
        BigDecimal resolutionsAfter = BigDecimal.valueOf(resolutionsBefore).subtract(resolutionsLeavingFrom).add(resolutionsGainedInTo);

        Money perResolutionBefore = perResolution(costBefore, BigDecimal.valueOf(resolutionsBefore));
        Money perResolutionAfter = perResolution(costAfter, resolutionsAfter);
        Money change = perResolutionBefore == null || perResolutionAfter == null ? null : perResolutionAfter.minus(perResolutionBefore);
        BigDecimal changePercent = change == null || perResolutionBefore.isZero() ? null
                : change.amount().multiply(HUNDRED).divide(perResolutionBefore.amount(), Money.DIVISION).stripTrailingZeros();

        BigDecimal perMovedContact = satisfactionChange.getOrDefault(to.channel(), BigDecimal.ZERO)
                .subtract(satisfactionChange.getOrDefault(from.channel(), BigDecimal.ZERO));
        BigDecimal overall = contactsBefore == 0 ? BigDecimal.ZERO
                : perMovedContact.multiply(moved).divide(BigDecimal.valueOf(contactsBefore), Money.DIVISION).stripTrailingZeros();

        return new ChannelShiftResult(from.channel(), to.channel(), question.percentMoved(), moved,
                BigDecimal.valueOf(from.contacts()).subtract(moved), BigDecimal.valueOf(to.contacts()).add(moved),
                fromYield, toYield, toYieldAssumed, costBefore, costAfter,
                BigDecimal.valueOf(resolutionsBefore), resolutionsAfter, perResolutionBefore, perResolutionAfter,
                change, changePercent, perMovedContact, overall);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), Money.DIVISION).stripTrailingZeros();
    }

    private static Money perResolution(Money cost, BigDecimal resolutions) {
        return resolutions.signum() == 0 ? null : cost.dividedBy(resolutions);
    }
}
