package io.balancepoint.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Shared constants and settings of the ROI tests. */
final class RoiTestData {

    static final Currency EUR = Currency.getInstance("EUR");

    private RoiTestData() {
    }

    /** Defaults with the given tier values and discount rate. */
    static RoiSettings settings(String discountRate, TierValue... tiers) {
        RoiSettings d = RoiSettings.defaults();
        return new RoiSettings(List.of(tiers), d.defaultLoyaltyYears(), new BigDecimal(discountRate), d.satisfactionMethod(),
                d.loyalThreshold(), d.disloyalThreshold(), d.internalDesk(), Map.of());
    }

    static TierValue tier(String name, String yearlyProfit, Integer years) {
        return new TierValue(name, new BigDecimal(yearlyProfit), years);
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
