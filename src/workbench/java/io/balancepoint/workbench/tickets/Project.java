package io.balancepoint.workbench.tickets;

/** A service-desk project of the workbench. */
public record Project(String key, String name) {
}
