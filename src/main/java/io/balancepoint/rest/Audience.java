package io.balancepoint.rest;

/** Who may call a resource method; declared with {@link Allow}, enforced by {@link AccessFeature} through {@code Permissions}. */
public enum Audience {

    /** Any licensed user (agents and up). */
    LICENSED,

    /** Team leads (of any project) and admins: instance-wide team-lead tools that read no project's data. */
    TEAM_LEADS_AND_ADMINS,

    /** App admins: Jira administrators and finance groups. */
    ADMINS,

    /** Admins and rate-viewer groups: individual, salary-derived rates. */
    RATE_VIEWERS,

    /**
     * Scoped to a project or ticket named in the request: the method asks {@code Permissions} with
     * that key (404 for what the caller may not see). Before the method runs, only a logged-in
     * caller is required (401 otherwise).
     */
    PER_RESOURCE
}
