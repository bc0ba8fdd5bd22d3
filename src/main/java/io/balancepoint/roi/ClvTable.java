package io.balancepoint.roi;

import io.balancepoint.money.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CLV of every tier that has a value in the settings, computed once per calculation. */
public final class ClvTable {

    private final Map<String, Money> clvByTier;
    private final Currency currency;

    private ClvTable(Map<String, Money> clvByTier, Currency currency) {
        this.clvByTier = clvByTier;
        this.currency = currency;
    }

    /** Requires valid settings. */
    public static ClvTable of(RoiSettings settings, Currency currency) {
        Map<String, Money> clvs = new LinkedHashMap<>();
        for (TierValue value : settings.tierValues()) {
            clvs.put(value.tier(), Clv.annuity(Money.of(value.yearlyProfit(), currency), settings.discountRate(),
                    settings.loyaltyYearsOf(value)));
        }
        return new ClvTable(Map.copyOf(clvs), currency);
    }

    /** The tier's CLV, empty when the tier (or a null tier) has no value in the settings. */
    public Optional<Money> clvOf(String tier) {
        return Optional.ofNullable(tier == null ? null : clvByTier.get(tier));
    }

    /** The tier's CLV, zero when it has none: an unvalued customer neither gains nor loses anything. */
    public Money clvOrZero(String tier) {
        return clvOf(tier).orElse(Money.zero(currency));
    }
}
