package io.balancepoint.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;

/**
 * One rollup row: the tickets of a project resolved on one day (in the instance time zone) or, at
 * {@link RollupGrain#MONTH}, in the calendar month starting on {@code day}, in one currency, either
 * all of them ({@code dimension} null: the total) or those with one value of one dimension
 * ({@code dimension} and {@code value}, e.g. channel = email). A resolved ticket counts at each grain
 * in its total and in one row per {@link #BROKEN_DOWN} dimension, so the number of rows depends on
 * days and dimension values, never on the number of tickets.
 *
 * <p>Values are {@link Dimension#normalised} ({@link Dimension#NO_VALUE} for tickets without one),
 * exactly as {@link Dimension#valueOf} gives them for the tickets counted here. Priority and
 * organisation are not kept: SPEC §2 breaks metrics down by the dimensions below only, and
 * organisations would multiply the rows by the number of customers' companies.
 */
public record RollupKey(String projectKey, LocalDate day, Dimension dimension, String value, Currency currency, RollupGrain grain) {

    /** The dimensions with rows of their own (project needs none: every row is of one project). */
    public static final List<Dimension> BROKEN_DOWN = List.of(Dimension.REQUEST_TYPE, Dimension.CHANNEL,
            Dimension.CUSTOMER_TIER, Dimension.SUPPORT_TIER, Dimension.AGENT);

    /** The {@link Dimension}s rollups can be filtered and broken down by. */
    public static final Set<Dimension> DIMENSIONS = Set.copyOf(EnumSet.of(Dimension.PROJECT, Dimension.REQUEST_TYPE,
            Dimension.CHANNEL, Dimension.CUSTOMER_TIER, Dimension.SUPPORT_TIER, Dimension.AGENT));

    /** Orders keys by day, then grain (days first), project, totals before dimensions, then dimension, value and currency. */
    public static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::day)
            .thenComparing(RollupKey::grain)
            .thenComparing(RollupKey::projectKey)
            .thenComparing(RollupKey::dimension, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::value, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> k.currency().getCurrencyCode());

    public RollupKey {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(grain, "grain");
        if (!grain.rowDay(day).equals(day)) {
            throw new IllegalArgumentException("a month row is keyed by the month's first day, got " + day);
        }
        if (dimension == null) {
            if (value != null) {
                throw new IllegalArgumentException("a day total has no dimension value, got " + value);
            }
        } else {
            if (!BROKEN_DOWN.contains(dimension)) {
                throw new IllegalArgumentException(dimension + " has no rows of its own; use one of " + BROKEN_DOWN);
            }
            value = Dimension.normalised(value);
        }
    }

    /** A day row's key. */
    public RollupKey(String projectKey, LocalDate day, Dimension dimension, String value, Currency currency) {
        this(projectKey, day, dimension, value, currency, RollupGrain.DAY);
    }

    /** The key of a day's total. */
    public static RollupKey total(String projectKey, LocalDate day, Currency currency) {
        return new RollupKey(projectKey, day, null, null, currency);
    }

    /** The same row at {@code grain}: the total or dimension value of the day's month, or of the day. */
    public RollupKey at(RollupGrain grain) {
        return new RollupKey(projectKey, grain.rowDay(day), dimension, value, currency, grain);
    }

    /**
     * The rows a ticket counts in: its day's total, then one per {@link #BROKEN_DOWN} dimension, then
     * the same for its month; none while it is unresolved.
     */
    public static List<RollupKey> of(TicketFacts facts, ZoneId zone) {
        if (facts == null || !facts.isResolved()) {
            return List.of();
        }
        LocalDate day = LocalDate.ofInstant(facts.resolvedAt(), zone);
        Currency currency = facts.totalCost().currency();
        List<RollupKey> keys = new ArrayList<>(2 * (1 + BROKEN_DOWN.size()));
        keys.add(total(facts.projectKey(), day, currency));
        for (Dimension dimension : BROKEN_DOWN) {
            keys.add(new RollupKey(facts.projectKey(), day, dimension, dimension.valueOf(facts), currency));
        }
        for (int i = 0, dayRows = keys.size(); i < dayRows; i++) {
            keys.add(keys.get(i).at(RollupGrain.MONTH));
        }
        return keys;
    }

    /** Whether this is a day's total rather than one dimension value's part of it. */
    public boolean isTotal() {
        return dimension == null;
    }

    /**
     * This row's value in {@code dimension}: the project for {@link Dimension#PROJECT}, the value for
     * the row's own dimension.
     *
     * @throws IllegalArgumentException for any other dimension: the row mixes its tickets' values there
     */
    public String valueOf(Dimension dimension) {
        if (dimension == Dimension.PROJECT) {
            return projectKey;
        }
        if (dimension != null && dimension == this.dimension) {
            return value;
        }
        throw new IllegalArgumentException("a " + (isTotal() ? "day total" : this.dimension + " row")
                + " has no single " + dimension + " value");
    }

    /**
     * SHA-256 (hex) of an unambiguous encoding of the key: one unique column standing for the whole
     * key, because AO 3.2 cannot declare a unique index over several columns.
     */
    public String hash() {
        StringBuilder encoded = new StringBuilder();
        for (String part : new String[] {grain.name(), projectKey, day.toString(), dimension == null ? null : dimension.name(), value,
                currency.getCurrencyCode()}) {
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
