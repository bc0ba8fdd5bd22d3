package io.balancepoint.routing;

import io.balancepoint.validation.Copies;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.validation.Problems;
import java.util.List;

/**
 * When a routing rule applies. Each list is a set of accepted values; an empty list accepts
 * anything, and all non-empty lists must accept the ticket. Customer tiers must name a configured
 * tier exactly; request types, channels, priorities and organisations ignore case, since people
 * type them by hand ("Phone" is the channel {@code phone}). A ticket without a value (no priority,
 * say) never satisfies a non-empty list for it.
 */
public record RuleConditions(
        List<String> customerTiers,
        List<String> requestTypes,
        List<String> channels,
        List<String> priorities,
        List<String> organisations) {

    public RuleConditions {
        customerTiers = Copies.list(customerTiers);
        requestTypes = Copies.list(requestTypes);
        channels = Copies.list(channels);
        priorities = Copies.list(priorities);
        organisations = Copies.list(organisations);
    }

    /** Matches every ticket. */
    public static RuleConditions any() {
        return new RuleConditions(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean matches(TicketSnapshot ticket, String customerTier) {
        return (customerTiers.isEmpty() || customerTier != null && customerTiers.contains(customerTier))
                && acceptsIgnoringCase(requestTypes, ticket.requestType())
                && acceptsIgnoringCase(channels, ticket.channel())
                && acceptsIgnoringCase(priorities, ticket.priority())
                && acceptsIgnoringCase(organisations, ticket.organisation());
    }

    private static boolean acceptsIgnoringCase(List<String> accepted, String value) {
        return accepted.isEmpty() || value != null && accepted.stream().anyMatch(value::equalsIgnoreCase);
    }

    void validate(Problems problems) {
        NameChecks.checkEntries(problems, "customerTiers", customerTiers, false);
        NameChecks.checkEntries(problems, "requestTypes", requestTypes, true);
        NameChecks.checkEntries(problems, "channels", channels, true);
        NameChecks.checkEntries(problems, "priorities", priorities, true);
        NameChecks.checkEntries(problems, "organisations", organisations, true);
    }

    void validateCustomerTiers(Problems problems, List<String> knownCustomerTiers) {
        for (int i = 0; i < customerTiers.size(); i++) {
            String tier = customerTiers.get(i);
            if (tier != null && !tier.isBlank() && !knownCustomerTiers.contains(tier)) {
                problems.at("customerTiers").at(i).add(NameChecks.unknown("customer tier", tier, knownCustomerTiers));
            }
        }
    }
}
