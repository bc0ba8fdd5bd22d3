package io.balancepoint.routing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a ticket's support tier lives in Jira: in a custom field (its id, e.g.
 * {@code customfield_10500}, holding the tier name) or in a label ({@code prefix} + tier, e.g.
 * {@code bp-tier-l2}). Reading and writing follow the same scheme, so the tier a routing decision sets
 * is the tier the next snapshot reads.
 */
public record SupportTierMarking(Mode mode, String target) {

    /** Field or label. */
    public enum Mode { FIELD, LABEL }

    private static final Pattern CUSTOM_FIELD = Pattern.compile("customfield_[1-9][0-9]{0,17}");
    private static final Pattern LABEL_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,40}");

    /** The label scheme used when nothing is configured (declared after the patterns its check uses). */
    public static final SupportTierMarking DEFAULT = new SupportTierMarking(Mode.LABEL, "bp-tier-");

    public SupportTierMarking {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        if (mode == Mode.FIELD && !CUSTOM_FIELD.matcher(target).matches()) {
            throw new IllegalArgumentException("support tier field must be a custom field id like customfield_10500, was '"
                    + target + "'");
        }
        if (mode == Mode.LABEL && !LABEL_PREFIX.matcher(target).matches()) {
            throw new IllegalArgumentException("support tier label prefix must be lower-case letters, digits, '_', '.' or '-'"
                    + " (at most 41), was '" + target + "'");
        }
    }

    /**
     * Reads the configured scheme: {@code field:customfield_10500} or {@code label:bp-tier-}; blank is
     * {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException for anything else, saying what is expected
     */
    public static SupportTierMarking parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.strip().split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("support tier marking must be 'field:<custom field id>' or 'label:<prefix>', was '"
                    + text + "'");
        }
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "field" -> new SupportTierMarking(Mode.FIELD, parts[1].strip());
            case "label" -> new SupportTierMarking(Mode.LABEL, parts[1].strip());
            default -> throw new IllegalArgumentException("support tier marking must start with 'field:' or 'label:', was '"
                    + text + "'");
        };
    }

    /** The text {@link #parse} reads back. */
    public String format() {
        return mode.name().toLowerCase(Locale.ROOT) + ":" + target;
    }

    /** The label that marks {@code tier}: the prefix and the tier in lower case, blanks as '_' (labels have no spaces). */
    public String labelFor(String tier) {
        requireLabels();
        return target + tier.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    /** The configured tier the labels mark; the highest when several do (a half-done change keeps the escalation). */
    public Optional<String> tierFromLabels(Set<String> labels, List<String> supportTiers) {
        requireLabels();
        Optional<String> found = Optional.empty();
        for (String tier : supportTiers) {
            if (labels.contains(labelFor(tier))) {
                found = Optional.of(tier);
            }
        }
        return found;
    }

    /** The labels of this scheme on the ticket other than {@code tier}'s: removed when the tier is set. */
    public Set<String> staleLabels(Set<String> labels, String tier) {
        requireLabels();
        String keep = labelFor(tier);
        return labels.stream().filter(l -> l.startsWith(target) && !l.equals(keep)).collect(Collectors.toSet());
    }

    /** The tier a field value names, matched against the configured tiers ignoring case; empty for another value. */
    public static Optional<String> tierFromFieldValue(String value, List<String> supportTiers) {
        if (value == null) {
            return Optional.empty();
        }
        return supportTiers.stream().filter(t -> t.equalsIgnoreCase(value.strip())).findFirst();
    }

    private void requireLabels() {
        if (mode != Mode.LABEL) {
            throw new IllegalStateException("the support tier is kept in field " + target + ", not in labels");
        }
    }
}
