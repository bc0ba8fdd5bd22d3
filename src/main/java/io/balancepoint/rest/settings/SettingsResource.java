package io.balancepoint.rest.settings;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Caller;
import io.balancepoint.access.Permissions;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.rest.Paging;
import io.balancepoint.rest.QueryParameters;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.store.RevisionConflictException;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.StoredSettings;
import io.balancepoint.validation.Problems;
import io.balancepoint.validation.StaleVersionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.Objects;

/**
 * The admin settings: read with the revision (also as {@code ETag}), save a whole new document
 * based on a revision (optimistic: 409 when someone saved in between, nothing written), the
 * history, export and import. Admins only; changing the {@code visibility} section (who is admin,
 * team lead or rate viewer) needs a Jira administrator, so a finance-group admin cannot widen
 * their own rights.
 */
@LicensedOnly
@Path("settings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.ADMINS)
public final class SettingsResource {

    private final SettingsStore store;
    private final Permissions permissions;
    private final Clock clock;

    @Inject
    public SettingsResource(SettingsStore store, Permissions permissions, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The document in force with its revision; the defaults as revision 0 before the first save. */
    @GET
    public Response current() {
        StoredSettings stored = store.current();
        return Response.ok(SettingsView.of(stored)).tag(tag(stored.revision())).build();
    }

    /** Saves a whole new document based on {@code revision} (body) or {@code If-Match}. */
    @PUT
    public Response save(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SettingsUpdate update,
                         @Context SecurityContext security) {
        Problems problems = new Problems();
        long expected = Revisions.expected(ifMatch, update.revision(), problems);
        update.validate(problems);
        problems.throwIfAny("settings not saved");
        return saved(apply(update.document(), expected, update.comment(), security));
    }

    /** Saved revisions, newest first. */
    @GET
    @Path("history")
    public SettingsHistoryPage history(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging page = Paging.of(offset, limit);
        return new SettingsHistoryPage(page.offset(), page.limit(), store.historySize(), store.history(page.offset(), page.limit()));
    }

    /** One saved revision with its document (0: the built-in defaults). */
    @GET
    @Path("history/{revision}")
    public SettingsView revision(@PathParam("revision") String revision) {
        long number = QueryParameters.wholeNumber("revision", revision, -1);
        return store.revision(number).map(SettingsView::of)
                .orElseThrow(() -> new AccessDenied.NotFound("settings revision"));
    }

    /** The document in force as a file to keep or import elsewhere; its revision is the {@code ETag}. */
    @GET
    @Path("export")
    public Response export() {
        StoredSettings stored = store.current();
        return Response.ok(stored.document()).tag(tag(stored.revision()))
                .header("Content-Disposition", "attachment; filename=\"balance-point-settings-r" + stored.revision() + ".json\"")
                .build();
    }

    /**
     * Applies an exported document as the next revision after {@code revision} (query) or
     * {@code If-Match}. Validated completely first: an invalid document is never applied (422
     * with every problem). With {@code dryRun=true} it is only validated.
     */
    @POST
    @Path("import")
    public Response importDocument(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @QueryParam("revision") String revision, @QueryParam("dryRun") String dryRun,
                                   SettingsDocument document, @Context SecurityContext security) {
        Long fromHeader = Revisions.ofIfMatch(ifMatch);
        long fromQuery = QueryParameters.wholeNumber("revision", revision, -1);
        boolean onlyValidate = flag("dryRun", dryRun);
        Problems problems = new Problems();
        SettingsValidator.problems(document).forEach(problem -> problems.add(problem.field(), problem.reason()));
        if (onlyValidate) {
            problems.throwIfAny("settings not valid");
            return Response.ok(new ImportCheck(true, store.currentRevision())).build();
        }
        if (fromHeader == null && fromQuery < 0) {
            problems.add("revision", "is required: the revision the import replaces (query parameter or If-Match)");
        } else if (fromHeader != null && fromQuery >= 0 && fromHeader != fromQuery) {
            problems.add("revision", "differs from If-Match (" + fromHeader + "); send one of them");
        }
        problems.throwIfAny("settings not imported");
        long expected = fromHeader != null ? fromHeader : fromQuery;
        return saved(apply(document, expected, "imported", security));
    }

    /** The answer of a dry-run import: valid, and the revision an import would replace now. */
    public record ImportCheck(boolean valid, long currentRevision) {
    }

    private StoredSettings apply(SettingsDocument document, long expected, String comment, SecurityContext security) {
        Caller caller = CallerSecurityContext.callerOf(security);
        if (!permissions.isJiraAdministrator(caller)
                && !Objects.equals(store.current().document().visibility(), document.visibility())) {
            throw new AccessDenied.Forbidden();
        }
        String author = permissions.requireLicensed(caller);
        try {
            return store.save(document, expected, author, comment, clock.instant());
        } catch (RevisionConflictException e) {
            throw new StaleVersionException("the settings", e.expectedRevision(), e.currentRevision());
        }
    }

    private static Response saved(StoredSettings stored) {
        return Response.ok(SettingsView.of(stored)).tag(tag(stored.revision())).build();
    }

    private static EntityTag tag(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw MalformedRequestException.of(name, "must be true or false");
    }
}
