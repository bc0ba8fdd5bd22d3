package io.balancepoint.rest;

import io.balancepoint.access.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The request's {@link SecurityContext} once {@link AuthenticationFilter} has resolved the caller.
 * Resources take {@code @Context SecurityContext} (standard JAX-RS, injectable the same way in
 * Jira and in Jersey) and read the caller with {@link #callerOf}.
 */
public final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final SecurityContext original;

    CallerSecurityContext(Caller caller, SecurityContext original) {
        this.caller = caller;
        this.original = original;
    }

    /**
     * The caller of the request; anonymous when no caller was resolved (fails closed). Reads the
     * principal, because what a resource gets injected may be a proxy of this context, not itself.
     */
    public static Caller callerOf(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof CallerPrincipal principal
                ? principal.caller() : Caller.anonymous();
    }

    @Override
    public Principal getUserPrincipal() {
        return caller instanceof Caller.Anonymous ? null : new CallerPrincipal(caller);
    }

    /** Roles are not JAX-RS roles here; {@code Permissions} decides. */
    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    /** A logged-in caller as a principal; its name is the user key. */
    private record CallerPrincipal(Caller caller) implements Principal {

        @Override
        public String getName() {
            return caller.userKey().orElseThrow();
        }
    }

    @Override
    public boolean isSecure() {
        return original != null && original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return original == null ? null : original.getAuthenticationScheme();
    }
}
