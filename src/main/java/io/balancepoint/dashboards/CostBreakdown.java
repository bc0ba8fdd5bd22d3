package io.balancepoint.dashboards;

import io.balancepoint.money.Money;
import io.balancepoint.time.DateRange;
import java.util.List;

/**
 * The cost of the tickets a query counts, split along one axis. The unallocated period overhead
 * is not a ticket cost, so it is shown next to the parts, not among them.
 *
 * @param shares              categories in their declaration order (all of them, zeros included);
 *                            dimension values dearest first, ties by value
 * @param ticketCost          the sum of the parts
 * @param unallocatedOverhead the covered range's period overhead carried by these tickets (all of it
 *                            without a filter; with one, the share of their real resolutions)
 */
public record CostBreakdown(String projectKey, DateRange covered, CostAxis axis, List<CostShare> shares,
                            Money ticketCost, Money unallocatedOverhead) {

    public CostBreakdown {
        shares = List.copyOf(shares);
    }

    /** Ticket cost + unallocated overhead. */
    public Money fullyLoadedCost() {
        return ticketCost.plus(unallocatedOverhead);
    }
}
