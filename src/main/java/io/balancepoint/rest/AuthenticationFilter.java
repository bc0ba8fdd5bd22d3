package io.balancepoint.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Resolves who sends each request, through the host's {@link CallerResolver}, and puts it in the
 * request's security context. It refuses nothing: anonymous callers go on to the resource, where
 * {@code Permissions} answers 401 for anything that needs a user.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

    private final CallerResolver callers;

    @Inject
    public AuthenticationFilter(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setSecurityContext(new CallerSecurityContext(callers.resolve(request), request.getSecurityContext()));
    }
}
