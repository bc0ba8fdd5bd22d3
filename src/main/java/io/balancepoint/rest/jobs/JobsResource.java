package io.balancepoint.rest.jobs;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Permissions;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.rest.error.ErrorResponses;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.validation.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin jobs — backfill, recalculation of a date range, reconcile, rollup rebuild — started
 * in the background (202 with the job's state; 409 when it already runs in the cluster), their
 * progress, and a cancel request. Admins only.
 */
@LicensedOnly
@Path("jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.ADMINS)
public final class JobsResource {

    /** The jobs an admin may start, in the order they are listed. */
    public static final List<String> JOBS = List.of("backfill", "recalculation", "reconcile", "rollup-rebuild");

    private final JobLauncher launcher;
    private final JobStateStore states;
    private final Permissions permissions;

    @Inject
    public JobsResource(JobLauncher launcher, JobStateStore states, Permissions permissions) {
        this.launcher = launcher;
        this.states = states;
        this.permissions = permissions;
    }

    /** Every job's latest state, in {@link #JOBS} order (a job that never ran has no start time). */
    @GET
    public List<JobState> jobs() {
        Map<String, JobState> stored = states.all().stream().collect(Collectors.toMap(JobState::name, Function.identity(), (a, b) -> a));
        return JOBS.stream().map(name -> stored.getOrDefault(name, JobState.never(name))).toList();
    }

    /** One job's state and progress. */
    @GET
    @Path("{name}")
    public JobState job(@PathParam("name") String name) {
        return states.state(known(name));
    }

    /** Starts a job in the background: 202 with its state, 409 when it is already running. */
    @POST
    @Path("{name}")
    public Response start(@PathParam("name") String name, JobStart body, @Context SecurityContext security) {
        String job = known(name);
        String actor = permissions.requireLicensed(CallerSecurityContext.callerOf(security));
        Problems problems = new Problems();
        JobLauncher.Launch launch = body.launch(job, actor, problems);
        problems.throwIfAny("job not started");
        return launcher.start(launch)
                .map(state -> Response.status(Response.Status.ACCEPTED).entity(state).build())
                .orElseGet(() -> ErrorResponses.of(409,
                        "The job " + job + " is already running; wait for it to finish or cancel it."));
    }

    /** Asks a running job to stop at its next checkpoint; 409 when it is not running. */
    @POST
    @Path("{name}/cancel")
    public Response cancel(@PathParam("name") String name) {
        String job = known(name);
        if (!states.requestCancel(job)) {
            return ErrorResponses.of(409, "The job " + job + " is not running.");
        }
        return Response.status(Response.Status.ACCEPTED).entity(states.state(job)).build();
    }

    private static String known(String name) {
        if (!JOBS.contains(name)) {
            throw new AccessDenied.NotFound("job");
        }
        return name;
    }
}
