package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.math.BigDecimal;

/**
 * The outcome of a channel-shift what-if, with its assumptions.
 *
 * @param movedContacts                   contacts of A × x ÷ 100 (an expectation, not rounded)
 * @param fromResolutionsPerContact       A's resolutions ÷ contacts; null when A has no contacts
 * @param toResolutionsPerContact         the yield the moved contacts get in B
 * @param toYieldAssumed                  B has no contacts yet, so the moved contacts keep A's yield
 * @param costPerResolutionBefore         null when there are no resolutions
 * @param costPerResolutionAfter          null when there are no resolutions after the shift
 * @param costPerResolutionChange         after − before; null when either is undefined
 * @param costPerResolutionChangePercent  change ÷ before × 100; null when undefined or before is 0
 * @param satisfactionChangePerMovedContact change(B) − change(A), index points
 * @param satisfactionChangeOverall       the same, weighted by the moved share of all contacts
 */
public record ChannelShiftResult(
        String fromChannel,
        String toChannel,
        BigDecimal percentMoved,
        BigDecimal movedContacts,
        BigDecimal fromContactsAfter,
        BigDecimal toContactsAfter,
        BigDecimal fromResolutionsPerContact,
        BigDecimal toResolutionsPerContact,
        boolean toYieldAssumed,
        Money costBefore,
        Money costAfter,
        BigDecimal resolutionsBefore,
        BigDecimal resolutionsAfter,
        Money costPerResolutionBefore,
        Money costPerResolutionAfter,
        Money costPerResolutionChange,
        BigDecimal costPerResolutionChangePercent,
        BigDecimal satisfactionChangePerMovedContact,
        BigDecimal satisfactionChangeOverall) {
}
