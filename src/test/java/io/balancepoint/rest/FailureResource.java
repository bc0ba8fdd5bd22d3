package io.balancepoint.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.balancepoint.access.Permissions;
import io.balancepoint.access.VisibleTicket;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.StaleVersionException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** A test-only resource that fails in every way the API maps, and has the access shapes not yet used by real endpoints. */
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FailureResource {

    static final String SECRET = "jdbc:postgresql://db/jira password=hunter2";

    private final Permissions permissions;

    public FailureResource(Permissions permissions) {
        this.permissions = permissions;
    }

    @POST
    @Path("echo")
    @Allow(Audience.LICENSED)
    public Map<String, String> echo(Map<String, String> body) {
        return body;
    }

    @GET
    @Path("stale")
    @Allow(Audience.LICENSED)
    public String stale() {
        throw new StaleVersionException("the rates settings", 6, 7);
    }

    @GET
    @Path("invalid")
    @Allow(Audience.LICENSED)
    public String invalid() {
        throw InvalidInputException.of("budget.months[3].amount", "must not be negative");
    }

    @GET
    @Path("malformed")
    @Allow(Audience.LICENSED)
    public String malformed() {
        throw MalformedRequestException.of("from", "must be a date (YYYY-MM-DD)");
    }

    @GET
    @Path("bug")
    @Allow(Audience.LICENSED)
    public String bug() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("json-bug")
    @Allow(Audience.LICENSED)
    public Object jsonBug() throws Exception {
        // a Jackson failure that is not about the request body is the server's fault
        return new ObjectMapper().readValue("{broken", Map.class);
    }

    @GET
    @Path("unwritable")
    @Allow(Audience.LICENSED)
    public Object unwritable() {
        return new Object() {
            public Object getSelf() {
                return this;
            }
        };
    }

    @GET
    @Path("unavailable")
    @Allow(Audience.LICENSED)
    public String unavailable() {
        throw new ServiceUnavailableException(SECRET);
    }

    @PUT
    @Path("note")
    @Consumes(MediaType.TEXT_PLAIN)
    @Allow(Audience.LICENSED)
    public Map<String, String> putNote(String note) {
        return Map.of("note", note);
    }

    @DELETE
    @Path("note")
    @Allow(Audience.LICENSED)
    public Map<String, String> deleteNote() {
        return Map.of("note", "deleted");
    }

    @GET
    @Path("forgotten")
    public String forgotten() {
        return "nobody may see this";
    }

    @GET
    @Path("tickets/{ticket}/cost")
    @Allow(Audience.PER_RESOURCE)
    public VisibleTicket ticketCost(@Context SecurityContext security, @PathParam("ticket") String ticket) {
        return permissions.requireTicketCost(CallerSecurityContext.callerOf(security), ticket);
    }

    @GET
    @Path("projects/{project}/dashboard")
    @Allow(Audience.PER_RESOURCE)
    public Map<String, String> dashboard(@Context SecurityContext security, @PathParam("project") String project) {
        return Map.of("project", permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project));
    }

    @GET
    @Path("rates")
    @Allow(Audience.RATE_VIEWERS)
    public Map<String, String> rates() {
        return Map.of("alice", "42.00");
    }

    @GET
    @Path("settings")
    @Allow(Audience.ADMINS)
    public Map<String, String> settings() {
        return Map.of("currency", "EUR");
    }
}
