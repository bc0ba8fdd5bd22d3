package io.balancepoint.workbench.api;

import io.balancepoint.access.Caller;
import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.rest.CallerResolver;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/**
 * Workbench and test authentication: the request names its user in the {@value #HEADER} header
 * (scripts, tests) or, failing that, in the {@value #COOKIE} cookie (the workbench pages, set by
 * "act as"), looked up in the demo directory. Neither, or an unknown user, is anonymous. This
 * trusts the client completely, which is why it exists only in the workbench (bound to 127.0.0.1)
 * and never in the plugin, where Jira authenticates. A cookie makes the API forgeable from other
 * sites' pages only through requests a browser sends without asking, which {@link XsrfGuard} refuses.
 */
public final class HeaderAuthentication implements CallerResolver {

    /** The header naming the acting user's key. */
    public static final String HEADER = "X-BalancePoint-User";
    /** The cookie naming the acting user's key. */
    public static final String COOKIE = "bp-user";

    private final DirectoryAccessPolicy directory;

    public HeaderAuthentication(DirectoryAccessPolicy directory) {
        this.directory = directory;
    }

    @Override
    public Caller resolve(ContainerRequestContext request) {
        String userKey = request.getHeaderString(HEADER);
        if (userKey == null || userKey.isBlank()) {
            Cookie cookie = request.getCookies().get(COOKIE);
            userKey = cookie == null ? null : cookie.getValue();
        }
        return callerFor(userKey);
    }

    /** The caller a header or cookie value names: anonymous when blank or unknown. */
    public Caller callerFor(String userKey) {
        return userKey == null || userKey.isBlank() ? Caller.anonymous() : directory.callerFor(userKey.strip());
    }
}
