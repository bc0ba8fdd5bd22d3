package io.balancepoint.jira.access;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.balancepoint.access.AccessPolicy;
import io.balancepoint.access.TicketRef;
import io.balancepoint.access.VisibleTicket;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@link AccessPolicy} from Jira's permission, group and project-role managers: facts only, the rules are in Permissions. */
public final class JiraAccessPolicy implements AccessPolicy {

    private final UserManager users;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final GroupManager groups;
    private final ProjectManager projects;
    private final ProjectRoleManager roles;
    private final IssueManager issues;

    public JiraAccessPolicy(UserManager users, GlobalPermissionManager globalPermissions, PermissionManager permissions,
                            GroupManager groups, ProjectManager projects, ProjectRoleManager roles, IssueManager issues) {
        this.users = users;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        this.groups = groups;
        this.projects = projects;
        this.roles = roles;
        this.issues = issues;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user != null && (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null ? Set.of() : Set.copyOf(groups.getGroupNamesForUser(user));
    }

    @Override
    public boolean canBrowseProject(String userKey, String projectKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        Project project = projects.getProjectObjByKey(projectKey);
        return user != null && project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    @Override
    public Set<String> projectRolesOf(String userKey, String projectKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        Project project = projects.getProjectObjByKey(projectKey);
        if (user == null || project == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (ProjectRole role : roles.getProjectRoles(user, project)) {
            names.add(role.getName());
        }
        return names;
    }

    @Override
    public boolean holdsProjectRoleAnywhere(String userKey, Collection<String> roleNames) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null || roleNames.isEmpty()) {
            return false;
        }
        // only projects the user can browse matter: team leads of other projects see nothing there anyway
        for (Project project : permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)) {
            for (ProjectRole role : roles.getProjectRoles(user, project)) {
                if (roleNames.contains(role.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Optional<VisibleTicket> browsableTicket(String userKey, TicketRef ticket) {
        ApplicationUser user = users.getUserByKey(userKey);
        Issue issue = switch (ticket) {
            case TicketRef.Key key -> issues.getIssueObject(key.issueKey());
            case TicketRef.Id id -> issues.getIssueObject(id.issueId());
        };
        if (user == null || issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(new VisibleTicket(issue.getId(), issue.getKey(), issue.getProjectObject().getKey()));
    }
}
