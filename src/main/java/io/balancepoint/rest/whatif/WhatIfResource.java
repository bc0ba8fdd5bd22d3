package io.balancepoint.rest.whatif;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.roi.ChannelShift;
import io.balancepoint.roi.ChannelShiftResult;
import io.balancepoint.staffing.ErlangC;
import io.balancepoint.validation.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The what-if calculators: staffing (Erlang C) and channel shift. They compute from the request
 * and the admin's settings only and store nothing, so they are open to every team lead and admin,
 * whatever projects they lead; agents, portal customers and anonymous callers may not use them.
 */
@LicensedOnly
@Path("whatif")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.TEAM_LEADS_AND_ADMINS)
public final class WhatIfResource {

    private final WhatIfSettings settings;

    @Inject
    public WhatIfResource(WhatIfSettings settings) {
        this.settings = settings;
    }

    /** Agents needed to meet a service level, with the queue's behaviour and the labour cost. */
    @POST
    @Path("staffing")
    public StaffingResponse staffing(StaffingRequest request) {
        Problems problems = new Problems();
        request.validate(problems);
        problems.throwIfAny("invalid staffing what-if");
        ErlangC erlangC = ErlangC.of(request.scenario(), settings.baseCurrency());
        return new StaffingResponse(erlangC.plan(), request.compareAgents().stream().map(erlangC::performance).toList());
    }

    /** Cost per resolution and satisfaction after moving a share of one channel's contacts to another. */
    @POST
    @Path("channel-shift")
    public ChannelShiftResult channelShift(ChannelShiftRequest request) {
        Problems problems = new Problems();
        request.validate(problems);
        problems.throwIfAny("invalid channel-shift what-if");
        return ChannelShift.simulate(request.question(), settings.channelSatisfactionChange(), settings.baseCurrency());
    }
}
