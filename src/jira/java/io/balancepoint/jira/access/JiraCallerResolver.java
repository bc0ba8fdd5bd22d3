package io.balancepoint.jira.access;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import io.balancepoint.access.Caller;
import io.balancepoint.rest.CallerResolver;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The caller Jira authenticated (SAL's remote user) and whether they hold any application licence:
 * without one they are a portal customer. Never throws: no user is anonymous.
 */
public final class JiraCallerResolver implements CallerResolver {

    private final com.atlassian.sal.api.user.UserManager salUsers;
    private final UserManager users;
    private final ApplicationRoleManager licences;

    public JiraCallerResolver(com.atlassian.sal.api.user.UserManager salUsers, UserManager users, ApplicationRoleManager licences) {
        this.salUsers = salUsers;
        this.users = users;
        this.licences = licences;
    }

    @Override
    public Caller resolve(ContainerRequestContext request) {
        UserKey key = salUsers.getRemoteUserKey();
        ApplicationUser user = key == null ? null : users.getUserByKey(key.getStringValue());
        if (user == null || !user.isActive()) {
            return Caller.anonymous();
        }
        return licences.hasAnyRole(user) ? Caller.licensed(user.getKey()) : Caller.portalCustomer(user.getKey());
    }
}
