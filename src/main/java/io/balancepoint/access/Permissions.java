package io.balancepoint.access;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The single source of truth for who may do what in Balance Point. Resources ask it; nothing else
 * decides. It combines the host's facts ({@link AccessPolicy}) with the app's
 * {@link VisibilitySettings}, read afresh for every question so a settings change applies at once.
 *
 * <p>The roles:
 * <ul>
 *   <li><b>admin</b>: a licensed Jira administrator, or a licensed member of a finance group;</li>
 *   <li><b>team lead</b> of a project: a licensed user who can browse the project and is in a
 *       team-lead group or holds a team-lead project role there;</li>
 *   <li><b>agent</b>: any licensed user, for the projects and tickets Jira lets them browse;</li>
 *   <li>portal customers and anonymous callers: nothing at all.</li>
 * </ul>
 *
 * <p>How a refusal reads: an anonymous caller always gets {@link AccessDenied.Unauthenticated}
 * (log in first), before anything is looked up. A project or ticket the caller may not browse,
 * or that does not exist, is {@link AccessDenied.NotFound} for everyone, admins included (Jira
 * does the same: administering Jira does not grant Browse Projects); portal customers get it too,
 * so the app never confirms that a request exists. Once the caller can see the thing, a missing
 * right is {@link AccessDenied.Forbidden}; so is any instance-wide capability a logged-in caller
 * lacks.
 */
public final class Permissions {

    private final AccessPolicy policy;
    private final Supplier<VisibilitySettings> visibility;

    public Permissions(AccessPolicy policy, Supplier<VisibilitySettings> visibility) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
    }

    // ---- questions: for shaping a response (e.g. show rates or not); they never throw ----

    /** Administers the app: licensed, and a Jira administrator or in a finance group. */
    public boolean isAdmin(Caller caller) {
        return licensedKey(caller).map(this::isAdminKey).orElse(false);
    }

    /**
     * A licensed Jira administrator. Only they may change who counts as admin, team lead or rate
     * viewer (the visibility settings): a finance-group admin could otherwise widen their own group.
     */
    public boolean isJiraAdministrator(Caller caller) {
        return licensedKey(caller).map(policy::isJiraAdmin).orElse(false);
    }

    /** Team lead of the project: licensed, can browse it, and in a team-lead group or role there. */
    public boolean isTeamLead(Caller caller, String projectKey) {
        return licensedKey(caller).map(key -> policy.canBrowseProject(key, projectKey) && leadsProject(key, projectKey))
                .orElse(false);
    }

    /** Team lead somewhere: in a team-lead group, or holding a team-lead role in any project. */
    public boolean isTeamLeadAnywhere(Caller caller) {
        return licensedKey(caller).map(this::leadsAnywhere).orElse(false);
    }

    /** May see individual hourly rates (salary-derived): admins and rate-viewer groups. */
    public boolean canSeeRates(Caller caller) {
        return licensedKey(caller).map(key -> isAdminKey(key) || inAny(key, visibility.get().rateViewerGroups()))
                .orElse(false);
    }

    /** May see the cost of tickets in the project it can browse: admins, its team leads, or agents when settings allow. */
    public boolean canSeeTicketCosts(Caller caller, String projectKey) {
        return licensedKey(caller).map(key -> policy.canBrowseProject(key, projectKey)
                && (visibility.get().agentsSeeTicketCost() || isAdminKey(key) || leadsProject(key, projectKey)))
                .orElse(false);
    }

    // ---- decisions: return what was resolved, or throw AccessDenied ----

    /** Any licensed user; for endpoints that only need to know who asks. */
    public String requireLicensed(Caller caller) {
        return switch (caller) {
            case Caller.Anonymous anonymous -> throw new AccessDenied.Unauthenticated();
            case Caller.PortalCustomer customer -> throw new AccessDenied.Forbidden();
            case Caller.Licensed licensed -> licensed.key();
        };
    }

    /** Admin pages and settings. */
    public void requireAdmin(Caller caller) {
        if (!isAdminKey(requireLicensed(caller))) {
            throw new AccessDenied.Forbidden();
        }
    }

    /** Instance-wide team-lead tools that read no project's data (the what-if calculators). */
    public void requireTeamLeadOrAdmin(Caller caller) {
        String key = requireLicensed(caller);
        if (!isAdminKey(key) && !leadsAnywhere(key)) {
            throw new AccessDenied.Forbidden();
        }
    }

    /** Individual hourly rates and anything derived from one person's rate. */
    public void requireRateViewer(Caller caller) {
        String key = requireLicensed(caller);
        if (!isAdminKey(key) && !inAny(key, visibility.get().rateViewerGroups())) {
            throw new AccessDenied.Forbidden();
        }
    }

    /** A project's operational data any agent of it may read; the project key as given. */
    public String requireProjectBrowser(Caller caller, String projectKey) {
        browsableProject(caller, projectKey);
        return projectKey;
    }

    /** A project's team-lead views (dashboards, budgets, anomalies, ROI). */
    public String requireProjectTeamLead(Caller caller, String projectKey) {
        String key = browsableProject(caller, projectKey);
        if (!isAdminKey(key) && !leadsProject(key, projectKey)) {
            throw new AccessDenied.Forbidden();
        }
        return projectKey;
    }

    /** A ticket's operational data that is no cost (its routing decisions): whoever may browse the ticket. */
    public VisibleTicket requireTicketBrowser(Caller caller, String ticket) {
        return browsableTicket(caller, ticket);
    }

    /** The cost of one ticket (issue panel): the ticket when the caller may see its cost. */
    public VisibleTicket requireTicketCost(Caller caller, String ticket) {
        VisibleTicket visible = browsableTicket(caller, ticket);
        if (!canSeeTicketCosts(caller, visible.projectKey())) {
            throw new AccessDenied.Forbidden();
        }
        return visible;
    }

    /** Adding a direct cost (refund, compensation, material) to a ticket. */
    public VisibleTicket requireAddDirectCost(Caller caller, String ticket) {
        VisibleTicket visible = browsableTicket(caller, ticket);
        requireLicensed(caller);
        if (!canAddDirectCost(caller, visible)) {
            throw new AccessDenied.Forbidden();
        }
        return visible;
    }

    /**
     * Whether the caller may add, correct and delete manual direct costs on a ticket they can see:
     * an admin, a lead of its project, or an agent who sees its costs when agents may add them.
     * The ticket's cost answer carries this so pages offer the form only to those who may use it.
     */
    public boolean canAddDirectCost(Caller caller, VisibleTicket visible) {
        return licensedKey(caller).map(key -> isAdminKey(key) || leadsProject(key, visible.projectKey())
                || visibility.get().agentsAddDirectCosts() && canSeeTicketCosts(caller, visible.projectKey()))
                .orElse(false);
    }

    // ---- the rules ----

    private static Optional<String> licensedKey(Caller caller) {
        return caller instanceof Caller.Licensed licensed ? Optional.of(licensed.key()) : Optional.empty();
    }

    private String browsableProject(Caller caller, String projectKey) {
        String key = requireLicensedOrHide(caller, "project");
        if (projectKey == null || !policy.canBrowseProject(key, projectKey)) {
            throw new AccessDenied.NotFound("project");
        }
        return key;
    }

    private VisibleTicket browsableTicket(Caller caller, String ticket) {
        String key = requireLicensedOrHide(caller, "ticket");
        return TicketRef.parse(ticket)
                .flatMap(ref -> policy.browsableTicket(key, ref))
                .orElseThrow(() -> new AccessDenied.NotFound("ticket"));
    }

    /** Anonymous: log in first. Portal customer: the thing is "not found", whether or not it exists. */
    private static String requireLicensedOrHide(Caller caller, String what) {
        return switch (caller) {
            case Caller.Anonymous anonymous -> throw new AccessDenied.Unauthenticated();
            case Caller.PortalCustomer customer -> throw new AccessDenied.NotFound(what);
            case Caller.Licensed licensed -> licensed.key();
        };
    }

    private boolean isAdminKey(String key) {
        return policy.isJiraAdmin(key) || inAny(key, visibility.get().financeGroups());
    }

    private boolean leadsProject(String key, String projectKey) {
        VisibilitySettings settings = visibility.get();
        return inAny(key, settings.teamLeadGroups())
                || !Collections.disjoint(policy.projectRolesOf(key, projectKey), settings.teamLeadProjectRoles());
    }

    private boolean leadsAnywhere(String key) {
        VisibilitySettings settings = visibility.get();
        return inAny(key, settings.teamLeadGroups())
                || !settings.teamLeadProjectRoles().isEmpty()
                && policy.holdsProjectRoleAnywhere(key, settings.teamLeadProjectRoles());
    }

    private boolean inAny(String key, List<String> groups) {
        return !groups.isEmpty() && !Collections.disjoint(policy.groupsOf(key), groups);
    }
}
