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

    /** The caller of the request; anonymous when no caller was resolved (fails closed). */
    public static Caller callerOf(SecurityContext context) {
        return context instanceof CallerSecurityContext resolved ? resolved.caller : Caller.anonymous();
    }

    @Override
    public Principal getUserPrincipal() {
        return caller.userKey().<Principal>map(key -> () -> key).orElse(null);
    }

    /** Roles are not JAX-RS roles here; {@code Permissions} decides. */
    @Override
    public boolean isUserInRole(String role) {
        return false;
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
