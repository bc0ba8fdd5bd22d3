package io.balancepoint.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Port: what the host knows about a user (Jira in the plugin, an in-memory directory in the
 * workbench and tests). It answers facts only; the rules that combine them with the app's
 * {@link VisibilitySettings} live in {@link Permissions}, so every host applies the same rules and
 * its adapter stays a thin translation of Jira calls.
 *
 * <p>Every method is asked about a licensed user only ({@link Permissions} never asks about
 * portal customers or anonymous callers). Unknown users, projects and tickets are answered like
 * ones the user may not see: false, empty.
 */
public interface AccessPolicy {

    /** Jira administrator or system administrator. */
    boolean isJiraAdmin(String userKey);

    /** The names of the groups the user belongs to, directly or through nesting. */
    Set<String> groupsOf(String userKey);

    /** The user has Jira's Browse Projects permission in the project (false when there is no such project). */
    boolean canBrowseProject(String userKey, String projectKey);

    /** The names of the project roles the user holds in the project (empty when there is no such project). */
    Set<String> projectRolesOf(String userKey, String projectKey);

    /** The user holds at least one of the named project roles in at least one project. */
    boolean holdsProjectRoleAnywhere(String userKey, Collection<String> roleNames);

    /**
     * The ticket when it exists and the user may browse it (project permission and issue security);
     * empty otherwise, without telling which.
     */
    Optional<VisibleTicket> browsableTicket(String userKey, TicketRef ticket);
}
