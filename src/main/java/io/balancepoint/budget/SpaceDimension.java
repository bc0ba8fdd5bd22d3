package io.balancepoint.budget;

/** A way to divide a project's targets among the people who deliver them. */
public enum SpaceDimension {
    TEAM,
    SUPPORT_TIER,
    AGENT
}
