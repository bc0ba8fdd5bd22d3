package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.math.BigDecimal;

/** Return on the service cost, (value − cost) ÷ cost × 100, shared by the customer and internal models. */
public final class RoiPercent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiPercent() {
    }

    /** The ROI in percent, or null when the cost is not positive: then there is no return "on" anything. */
    public static BigDecimal of(Money value, Money cost) {
        if (cost.signum() <= 0) {
            return null;
        }
        return value.minus(cost).dividedBy(cost.amount()).amount().multiply(HUNDRED);
    }
}
