package io.balancepoint.rest.jobs;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.Paging;
import io.balancepoint.store.AuditStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit log of money-changing admin actions (settings saves, recalculations, rebuilds, manual costs), newest first. Admins only. */
@LicensedOnly
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.ADMINS)
public final class AuditResource {

    private final AuditStore audit;

    @Inject
    public AuditResource(AuditStore audit) {
        this.audit = audit;
    }

    /** One page of the log. */
    @GET
    public AuditPage page(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging page = Paging.of(offset, limit);
        return new AuditPage(page.offset(), page.limit(), audit.count(), audit.page(page.offset(), page.limit()));
    }
}
