package io.balancepoint.tiering;

/** RFM sums of at least {@code minScore} (3–15) map to {@code tier}, unless a higher threshold applies. */
public record RfmThreshold(int minScore, String tier) {
}
