package io.balancepoint.rest.ticket;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.Permissions;
import io.balancepoint.access.VisibleTicket;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.store.RoutingDecisionStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A ticket's routing decisions with their explanations (SPEC §3: agents see them on the ticket).
 * Whoever may browse the ticket may read them (they hold no cost); a ticket the caller may not
 * browse is "not found", exactly as one that does not exist. A resource of its own, next to
 * {@link TicketResource}, so a host binds the decision store without touching the cost endpoints.
 */
@LicensedOnly
@Path("tickets/{ticket}/routing")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.PER_RESOURCE)
public final class TicketRoutingResource {

    private final Permissions permissions;
    private final RoutingDecisionStore decisions;

    @Inject
    public TicketRoutingResource(Permissions permissions, RoutingDecisionStore decisions) {
        this.permissions = permissions;
        this.decisions = decisions;
    }

    /** The decisions, oldest first; an empty list for a ticket the app has not routed. */
    @GET
    public TicketRouting routing(@PathParam("ticket") String ticket, @Context SecurityContext security) {
        VisibleTicket visible = permissions.requireTicketBrowser(CallerSecurityContext.callerOf(security), ticket);
        return TicketRouting.of(visible.issueKey(), decisions.forTicket(visible.issueId()));
    }
}
