package io.balancepoint.workbench.api;

import io.balancepoint.access.Caller;
import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.rest.CallerResolver;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Workbench and test authentication: the request names its user in the {@value #HEADER} header,
 * looked up in the demo directory. No header or an unknown user is anonymous. This trusts the
 * client completely, which is why it exists only in the workbench (bound to 127.0.0.1) and never
 * in the plugin, where Jira authenticates.
 */
public final class HeaderAuthentication implements CallerResolver {

    /** The header naming the acting user's key. */
    public static final String HEADER = "X-BalancePoint-User";

    private final DirectoryAccessPolicy directory;

    public HeaderAuthentication(DirectoryAccessPolicy directory) {
        this.directory = directory;
    }

    @Override
    public Caller resolve(ContainerRequestContext request) {
        String userKey = request.getHeaderString(HEADER);
        return userKey == null || userKey.isBlank() ? Caller.anonymous() : directory.callerFor(userKey.strip());
    }
}
