package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import java.util.function.Function;

/** A ticket attribute that metrics are broken down and filtered by (SPEC §2: "by project, request type, channel, …"). */
public enum Dimension {
    PROJECT(TicketFacts::projectKey),
    REQUEST_TYPE(TicketFacts::requestType),
    CHANNEL(TicketFacts::channel),
    CUSTOMER_TIER(TicketFacts::customerTier),
    SUPPORT_TIER(TicketFacts::supportTier),
    /** The agent who made the latest resolution. */
    AGENT(TicketFacts::resolvedBy),
    PRIORITY(TicketFacts::priority),
    ORGANISATION(TicketFacts::organisation);

    /** The value of a ticket that has nothing in this dimension (no organisation, not routed, unresolved, …). */
    public static final String NO_VALUE = "(none)";

    private final Function<TicketFacts, String> attribute;

    Dimension(Function<TicketFacts, String> attribute) {
        this.attribute = attribute;
    }

    /** The ticket's value in this dimension, {@link #NO_VALUE} when it has none; never null. */
    public String valueOf(TicketFacts facts) {
        return normalised(attribute.apply(facts));
    }

    /** A stored dimension value as metrics show it: {@link #NO_VALUE} for null or blank, else unchanged. */
    public static String normalised(String value) {
        return value == null || value.isBlank() ? NO_VALUE : value;
    }
}
