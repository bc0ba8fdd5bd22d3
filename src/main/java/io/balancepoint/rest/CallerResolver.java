package io.balancepoint.rest;

import io.balancepoint.access.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Port: who sent a request. In Jira, the user Jira authenticated (SAL's {@code UserManager}) and
 * their licence; in the workbench and tests, a header naming a user of the demo directory. Never
 * throws for an unknown or missing user: that is {@link Caller#anonymous()}.
 */
public interface CallerResolver {

    Caller resolve(ContainerRequestContext request);
}
