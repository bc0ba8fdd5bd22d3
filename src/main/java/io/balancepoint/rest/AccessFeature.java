package io.balancepoint.rest;

import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Caller;
import io.balancepoint.access.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Puts the {@link Allow} check of each resource method in front of it, when the application
 * starts. Runs after authentication and before the body is read. A method without
 * {@link Allow} gets a check that refuses everyone (fail closed).
 */
@Provider
public final class AccessFeature implements DynamicFeature {

    private final Permissions permissions;

    @Inject
    public AccessFeature(Permissions permissions) {
        this.permissions = permissions;
    }

    /** The audience a resource method declares, on the method or else on its class. */
    public static Optional<Audience> audienceOf(ResourceInfo resource) {
        Allow allow = resource.getResourceMethod().getAnnotation(Allow.class);
        if (allow == null) {
            allow = resource.getResourceClass().getAnnotation(Allow.class);
        }
        return Optional.ofNullable(allow).map(Allow::value);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod() == null || resource.getResourceClass() == null) {
            return;
        }
        Optional<Audience> audience = audienceOf(resource);
        context.register(new AudienceCheck(permissions, audience.orElse(null)), Priorities.AUTHORIZATION);
    }

    /** The check of one method; {@code audience} null refuses everyone. */
    private record AudienceCheck(Permissions permissions, Audience audience) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            Caller caller = CallerSecurityContext.callerOf(request.getSecurityContext());
            if (audience == null) {
                throw new AccessDenied.Forbidden();
            }
            switch (audience) {
                case LICENSED -> permissions.requireLicensed(caller);
                case TEAM_LEADS_AND_ADMINS -> permissions.requireTeamLeadOrAdmin(caller);
                case ADMINS -> permissions.requireAdmin(caller);
                case RATE_VIEWERS -> permissions.requireRateViewer(caller);
                case PER_RESOURCE -> {
                    if (caller instanceof Caller.Anonymous) {
                        throw new AccessDenied.Unauthenticated();
                    }
                }
            }
        }
    }
}
