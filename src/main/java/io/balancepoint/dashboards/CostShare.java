package io.balancepoint.dashboards;

import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a cost breakdown.
 *
 * @param key   a cost category name ({@code LABOUR}, …) or a dimension value ({@code email}, {@code (none)})
 * @param share cost ÷ the breakdown's ticket cost, 0..1 for non-negative costs; null when that total is zero
 */
public record CostShare(String key, Money cost, BigDecimal share) {

    public CostShare {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cost, "cost");
    }
}
