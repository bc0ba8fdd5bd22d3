package io.balancepoint.tiering;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Customer tiers (SPEC §3): the tier names, the default tier, explicit customer overrides, the
 * organisation mapping and RFM scoring.
 *
 * @param tiers              tier names, lowest first
 * @param defaultTier        the tier of a customer no other source decides
 * @param customerOverrides  explicit tiers per customer (user key)
 * @param organisationTiers  tiers per JSM organisation
 */
public record TieringSettings(
        List<String> tiers,
        String defaultTier,
        List<CustomerOverride> customerOverrides,
        List<OrganisationTier> organisationTiers,
        RfmSettings rfm) {

    public TieringSettings {
        tiers = Copies.list(tiers);
        customerOverrides = Copies.list(customerOverrides);
        organisationTiers = Copies.list(organisationTiers);
    }

    /** SPEC defaults: Basic, Standard, Gold, Platinum; default Basic; no overrides or mappings; default RFM. */
    public static TieringSettings defaults() {
        return new TieringSettings(List.of("Basic", "Standard", "Gold", "Platinum"), "Basic", List.of(), List.of(),
                RfmSettings.defaults());
    }

    /** Position of {@code tier} from the lowest (0); -1 when it is not a configured tier. */
    public int rankOf(String tier) {
        return tiers.indexOf(tier);
    }

    /** Reports every problem, with paths relative to this section. */
    public void validate(Problems problems) {
        TierNames.checkDefinitions(problems, "tiers", tiers);
        TierNames.checkReference(problems, "defaultTier", defaultTier, tiers);
        checkAssignments(problems, "customerOverrides", customerOverrides, "customerKey",
                CustomerOverride::customerKey, CustomerOverride::tier, "customer");
        checkAssignments(problems, "organisationTiers", organisationTiers, "organisation",
                OrganisationTier::organisation, OrganisationTier::tier, "organisation");
        if (problems.required(rfm, "rfm")) {
            rfm.validate(problems.at("rfm"), tiers);
        }
    }

    private <T> void checkAssignments(Problems problems, String field, List<T> entries, String keyField,
                                      Function<T, String> key, Function<T, String> tier, String what) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            Problems at = problems.at(field).at(i);
            if (entry == null) {
                at.add("must not be null");
                continue;
            }
            String name = key.apply(entry);
            if (name == null || name.isBlank()) {
                at.add(keyField, "is required");
            } else {
                Integer earlier = firstIndex.putIfAbsent(name, i);
                if (earlier != null) {
                    at.add(keyField, "duplicates " + field + "[" + earlier + "] for " + what + " '" + name + "'");
                }
            }
            TierNames.checkReference(at, "tier", tier.apply(entry), tiers);
        }
    }
}
