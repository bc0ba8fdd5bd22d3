package io.balancepoint.tiering;

/** An admin's explicit tier for one customer; wins over every other source. */
public record CustomerOverride(String customerKey, String tier) {
}
