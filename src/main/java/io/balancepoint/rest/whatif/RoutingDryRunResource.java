package io.balancepoint.rest.whatif;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.Caller;
import io.balancepoint.access.Permissions;
import io.balancepoint.dispatch.DryRunComparison;
import io.balancepoint.dispatch.RoutingDryRuns;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.validation.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The routing dry run (SPEC §3): candidate rules (or the ones in force) tried on a project's recent
 * tickets, answering where each would go and where it went. Changes nothing. Team leads and admins
 * only, like the other what-ifs, and since it shows the project's tickets also only for a project
 * the caller leads (or administers) and may browse: another project is "not found".
 */
@LicensedOnly
@Path("whatif/routing-dry-run")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.TEAM_LEADS_AND_ADMINS)
public final class RoutingDryRunResource {

    private final Permissions permissions;
    private final RoutingDryRuns dryRuns;
    private final SettingsStore settings;

    @Inject
    public RoutingDryRunResource(Permissions permissions, RoutingDryRuns dryRuns, SettingsStore settings) {
        this.permissions = permissions;
        this.dryRuns = dryRuns;
        this.settings = settings;
    }

    @POST
    public DryRunComparison dryRun(RoutingDryRunRequest request, @Context SecurityContext security) {
        Caller caller = CallerSecurityContext.callerOf(security);
        Problems problems = new Problems();
        request.validateProject(problems);
        problems.throwIfAny("invalid routing dry run");
        permissions.requireProjectTeamLead(caller, request.project());
        SettingsDocument current = settings.current().document();
        request.validate(problems, current.tiering().tiers());
        problems.throwIfAny("invalid routing dry run");
        return dryRuns.run(request.project(), request.ticketsOrDefault(),
                request.routing() == null ? current.routing() : request.routing());
    }
}
