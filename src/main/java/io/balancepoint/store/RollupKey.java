package io.balancepoint.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;

/**
 * Which day rollup a resolved ticket counts in: its project, the day of its latest resolution (in
 * the instance time zone), its request type, channel, customer tier, support tier, resolving
 * agent, and the currency of its costs. Dimensions may be null (unknown).
 *
 * <p>Priority and organisation are not part of the key: SPEC §2 breaks metrics down by the
 * dimensions above only, and organisations would multiply the rows by the number of customers'
 * companies. Metrics by those two need ticket facts.
 */
public record RollupKey(
        String projectKey,
        LocalDate day,
        String requestType,
        String channel,
        String customerTier,
        String supportTier,
        String resolvedBy,
        Currency currency) {

    /** Orders keys by day, then project, then the other dimensions (nulls first). */
    public static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::day)
            .thenComparing(RollupKey::projectKey)
            .thenComparing(RollupKey::requestType, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::channel, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::customerTier, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::supportTier, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::resolvedBy, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> k.currency().getCurrencyCode());

    /** The {@link Dimension}s a key keeps, so rollups can be filtered and broken down by them. */
    public static final Set<Dimension> DIMENSIONS = Set.copyOf(EnumSet.of(Dimension.PROJECT, Dimension.REQUEST_TYPE,
            Dimension.CHANNEL, Dimension.CUSTOMER_TIER, Dimension.SUPPORT_TIER, Dimension.AGENT));

    public RollupKey {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
    }

    /** The key of a resolved ticket; empty while it is unresolved (it counts in no rollup). */
    public static Optional<RollupKey> of(TicketFacts facts, ZoneId zone) {
        if (facts == null || !facts.isResolved()) {
            return Optional.empty();
        }
        return Optional.of(new RollupKey(
                facts.projectKey(),
                LocalDate.ofInstant(facts.resolvedAt(), zone),
                facts.requestType(),
                facts.channel(),
                facts.customerTier(),
                facts.supportTier(),
                facts.resolvedBy(),
                facts.totalCost().currency()));
    }

    /**
     * This key's value in {@code dimension} exactly as {@link Dimension#valueOf} gives it for the
     * tickets counted here ({@link Dimension#NO_VALUE} for none), so rollups and live facts group alike.
     *
     * @throws IllegalArgumentException for a dimension the key does not keep (see {@link #DIMENSIONS})
     */
    public String valueOf(Dimension dimension) {
        String value = switch (dimension) {
            case PROJECT -> projectKey;
            case REQUEST_TYPE -> requestType;
            case CHANNEL -> channel;
            case CUSTOMER_TIER -> customerTier;
            case SUPPORT_TIER -> supportTier;
            case AGENT -> resolvedBy;
            case PRIORITY, ORGANISATION -> throw new IllegalArgumentException(dimension + " is not kept in day rollups");
        };
        return Dimension.normalised(value);
    }

    /**
     * SHA-256 (hex) of an unambiguous encoding of every dimension: one unique column standing for
     * the whole key, because AO 3.2 cannot declare a unique index over several columns.
     */
    public String hash() {
        StringBuilder encoded = new StringBuilder();
        for (String part : new String[] {projectKey, day.toString(), requestType, channel, customerTier,
                supportTier, resolvedBy, currency.getCurrencyCode()}) {
            // Length-prefixed, with null distinct from every string, so no two keys encode alike.
            encoded.append(part == null ? "-" : "+" + part.length() + ":" + part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
