package io.balancepoint.rest.ticket;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Caller;
import io.balancepoint.access.Permissions;
import io.balancepoint.access.VisibleTicket;
import io.balancepoint.dashboards.AnomalyQueries;
import io.balancepoint.dashboards.RequestTypeBaselines;
import io.balancepoint.dashboards.StoreSources;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.DirectCostEntry;
import io.balancepoint.metrics.HandleTimeComparison;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.ManualCosts;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.VersionedFacts;
import io.balancepoint.validation.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One ticket's cost (the issue panel), its comparison with its request type, its stored facts, and
 * its manual direct cost lines. A ticket the caller may not browse is "not found", exactly as one
 * that does not exist. Hourly rates on labour lines are shown only to rate viewers. Each manual change is audited with the
 * ticket's total before and after, and the ticket is queued for recompute so its facts and the
 * dashboards follow.
 */
@LicensedOnly
@Path("tickets/{ticket}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.PER_RESOURCE)
public final class TicketResource {

    /** The ids this API gives manual lines (UUIDs), or any id of the same alphabet a script used. */
    private static final Pattern LINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Permissions permissions;
    private final ManualCosts costs;
    private final FactsStore facts;
    private final RollupStore rollups;
    private final SettingsStore settings;
    private final RecomputeRequests recompute;
    private final Clock clock;

    @Inject
    public TicketResource(Permissions permissions, ManualCosts costs, FactsStore facts, RollupStore rollups, SettingsStore settings,
                          RecomputeRequests recompute, Clock clock) {
        this.permissions = permissions;
        this.costs = costs;
        this.facts = facts;
        this.rollups = rollups;
        this.settings = settings;
        this.recompute = recompute;
        this.clock = clock;
    }

    /** Total, per category and every line; for whoever may see the ticket's cost. */
    @GET
    @Path("cost")
    public TicketCost cost(@PathParam("ticket") String ticket, @Context SecurityContext security) {
        Caller caller = CallerSecurityContext.callerOf(security);
        VisibleTicket visible = permissions.requireTicketCost(caller, ticket);
        return TicketCost.of(visible.issueKey(), costs.lines(visible.issueId()), permissions.canSeeRates(caller),
                permissions.canAddDirectCost(caller, visible), currency());
    }

    /**
     * The ticket beside its request type over the anomaly window: average cost, mean logged work
     * and the anomaly flag, as the project's anomaly list has them; for whoever may see the
     * ticket's cost (404 until it was first computed). One read of the project's request-type
     * rollups and one of the ticket's facts.
     */
    @GET
    @Path("comparison")
    public TicketComparison comparison(@PathParam("ticket") String ticket, @Context SecurityContext security) {
        VisibleTicket visible = permissions.requireTicketCost(CallerSecurityContext.callerOf(security), ticket);
        TicketFacts ticketFacts = facts.get(visible.issueId()).map(VersionedFacts::facts)
                .orElseThrow(() -> new AccessDenied.NotFound("ticket facts"));
        SettingsDocument document = settings.current().document();
        Instant asOf = clock.instant();
        StoreSources sources = new StoreSources(rollups, facts);
        AnomalyQueries queries = new AnomalyQueries(sources, sources, rollups.zone(), document);
        RequestTypeBaselines baselines = queries.baselines(ticketFacts.projectKey(), asOf);
        HandleTimeComparison handleTime = queries.scan(ticketFacts.projectKey(), asOf, baselines).compare(ticketFacts);
        return TicketComparison.of(ticketFacts, baselines, handleTime, document.anomalies());
    }

    /** The ticket's stored facts (404 until it was first computed). */
    @GET
    @Path("facts")
    public TicketFacts facts(@PathParam("ticket") String ticket, @Context SecurityContext security) {
        VisibleTicket visible = permissions.requireTicketCost(CallerSecurityContext.callerOf(security), ticket);
        return facts.get(visible.issueId()).map(VersionedFacts::facts)
                .orElseThrow(() -> new AccessDenied.NotFound("ticket facts"));
    }

    /** Adds a manual direct cost; 201 with the line and its {@code Location}. */
    @POST
    @Path("costs")
    public Response add(@PathParam("ticket") String ticket, DirectCostRequest request,
                        @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.callerOf(security);
        VisibleTicket visible = permissions.requireAddDirectCost(caller, ticket);
        String author = permissions.requireLicensed(caller);
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        CostLine line = validLine(request, id, author, now);
        costs.add(of(visible), line, author, now, line.amount().currency());
        recompute.recompute(visible.issueId());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(CostLineView.of(line, permissions.canSeeRates(caller))).build();
    }

    /** Replaces a manual line (not a computed one: those follow their worklogs and comments). */
    @PUT
    @Path("costs/{id}")
    public CostLineView change(@PathParam("ticket") String ticket, @PathParam("id") String id,
                               DirectCostRequest request, @Context SecurityContext security) {
        Caller caller = CallerSecurityContext.callerOf(security);
        VisibleTicket visible = permissions.requireAddDirectCost(caller, ticket);
        requireLineId(id);
        String author = permissions.requireLicensed(caller);
        Instant now = clock.instant();
        CostLine line = validLine(request, id, author, now);
        costs.update(of(visible), line, author, now, line.amount().currency())
                .orElseThrow(() -> new AccessDenied.NotFound("cost line"));
        recompute.recompute(visible.issueId());
        return CostLineView.of(line, permissions.canSeeRates(caller));
    }

    /** Deletes a manual line; 204. */
    @DELETE
    @Path("costs/{id}")
    public Response delete(@PathParam("ticket") String ticket, @PathParam("id") String id,
                           @Context SecurityContext security) {
        Caller caller = CallerSecurityContext.callerOf(security);
        VisibleTicket visible = permissions.requireAddDirectCost(caller, ticket);
        requireLineId(id);
        costs.delete(of(visible), DirectCostEntry.SOURCE_PREFIX + id, permissions.requireLicensed(caller),
                        clock.instant(), currency())
                .orElseThrow(() -> new AccessDenied.NotFound("cost line"));
        recompute.recompute(visible.issueId());
        return Response.noContent().build();
    }

    private CostLine validLine(DirectCostRequest request, String id, String author, Instant now) {
        Problems problems = new Problems();
        request.validate(problems, author, now);
        problems.throwIfAny("invalid direct cost");
        return request.entry(author, now).toCostLine(id, currency());
    }

    private static void requireLineId(String id) {
        if (id == null || !LINE_ID.matcher(id).matches()) {
            throw new AccessDenied.NotFound("cost line");
        }
    }

    private static ManualCosts.Ticket of(VisibleTicket ticket) {
        return new ManualCosts.Ticket(ticket.issueId(), ticket.issueKey(), ticket.projectKey());
    }

    private Currency currency() {
        return settings.current().document().currency();
    }
}
