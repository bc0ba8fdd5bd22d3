package io.balancepoint.tiering;

import java.util.Objects;

/** A customer's tier, which step decided it, and a one-line reason for people. */
public record CustomerTier(String tier, TierSource source, String explanation) {

    public CustomerTier {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(explanation, "explanation");
    }
}
