package io.balancepoint.tiering;

import java.util.Optional;

/**
 * Decides a customer's tier in the order of SPEC §3: explicit override, organisation mapping,
 * RFM, default tier.
 */
public final class CustomerTierResolver {

    private CustomerTierResolver() {
    }

    /**
     * The RFM tier is re-derived from the stored sum with the thresholds in force, so changing a
     * threshold takes effect without rescoring (the quintile scores do not depend on thresholds).
     *
     * @param customerKey  the customer, or null when unknown (then only the organisation and default apply)
     * @param organisation the customer's organisation on this request, or null
     * @param settings     valid tiering settings
     * @param rfm          the latest RFM scores (use {@link RfmScores#none} when there are none)
     */
    public static CustomerTier resolve(String customerKey, String organisation, TieringSettings settings, RfmScores rfm) {
        if (customerKey != null) {
            Optional<CustomerOverride> override = settings.customerOverrides().stream()
                    .filter(o -> customerKey.equals(o.customerKey())).findFirst();
            if (override.isPresent()) {
                String tier = override.get().tier();
                return new CustomerTier(tier, TierSource.OVERRIDE, tier + ": explicit override for customer '" + customerKey + "'");
            }
        }
        if (organisation != null) {
            Optional<OrganisationTier> mapped = settings.organisationTiers().stream()
                    .filter(o -> organisation.equals(o.organisation())).findFirst();
            if (mapped.isPresent()) {
                String tier = mapped.get().tier();
                return new CustomerTier(tier, TierSource.ORGANISATION, tier + ": organisation '" + organisation + "' is mapped to " + tier);
            }
        }
        String missing;
        if (!settings.rfm().enabled()) {
            missing = "RFM scoring is off";
        } else {
            Optional<RfmScore> score = rfm.of(customerKey);
            Optional<String> tier = score.flatMap(s -> settings.rfm().tierFor(s.sum()));
            if (tier.isPresent()) {
                RfmScore s = score.get();
                return new CustomerTier(tier.get(), TierSource.RFM, tier.get() + ": RFM " + s.cell() + " = " + s.sum()
                        + " (last request " + s.daysSinceLastRequest() + " days ago, " + s.requests() + " requests, value "
                        + s.monetaryValue().toPlainString() + ")");
            }
            missing = "no RFM score (no request in the last " + settings.rfm().lookbackDays() + " days)";
        }
        return new CustomerTier(settings.defaultTier(), TierSource.DEFAULT,
                settings.defaultTier() + ": default tier (no override or organisation mapping; " + missing + ")");
    }
}
