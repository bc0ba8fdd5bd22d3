package io.balancepoint.workbench.jsm;

/** A service project that issues of the export belong to. */
public record JsmProject(long id, String key, String name) {
}
