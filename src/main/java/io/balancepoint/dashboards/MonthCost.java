package io.balancepoint.dashboards;

import io.balancepoint.money.Money;
import java.util.Objects;

/**
 * A project-month's fully loaded service cost, the ROI denominator, with its two parts.
 *
 * @param ticketCost          the cost of the tickets resolved in the month (from the day rollups)
 * @param unallocatedOverhead the project's period overhead entered for the month
 */
public record MonthCost(Money ticketCost, Money unallocatedOverhead) {

    public MonthCost {
        Objects.requireNonNull(ticketCost, "ticketCost");
        Objects.requireNonNull(unallocatedOverhead, "unallocatedOverhead");
    }

    public Money fullyLoaded() {
        return ticketCost.plus(unallocatedOverhead);
    }
}
