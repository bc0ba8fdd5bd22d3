package io.balancepoint.rest;

import io.balancepoint.rest.error.AccessDeniedMapper;
import io.balancepoint.rest.error.InvalidInputMapper;
import io.balancepoint.rest.error.MalformedRequestMapper;
import io.balancepoint.rest.error.PayloadTooLargeMapper;
import io.balancepoint.rest.error.StaleVersionMapper;
import io.balancepoint.rest.error.UnexpectedErrorMapper;
import io.balancepoint.rest.error.WebApplicationExceptionMapper;
import io.balancepoint.rest.exports.ExportsResource;
import io.balancepoint.rest.jobs.AuditResource;
import io.balancepoint.rest.jobs.JobsResource;
import io.balancepoint.rest.metrics.MetricsResource;
import io.balancepoint.rest.rates.RatesResource;
import io.balancepoint.rest.settings.SettingsResource;
import io.balancepoint.rest.ticket.TicketResource;
import io.balancepoint.rest.ticket.TicketRoutingResource;
import io.balancepoint.rest.whatif.RoutingDryRunResource;
import io.balancepoint.rest.whatif.WhatIfResource;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The REST API at {@code /rest/balance-point/1.0}: every resource and provider class. The
 * workbench and the tests serve exactly this set; Jira finds the same classes by scanning the
 * {@code io.balancepoint.rest} package named in {@code atlassian-plugin.xml}, and a test checks
 * that this list and that package hold the same classes. Add a new resource here.
 */
public final class ApiApplication extends Application {

    /** The resources, i.e. the endpoints. */
    public static final List<Class<?>> RESOURCES = List.of(
            WhatIfResource.class,
            RoutingDryRunResource.class,
            SettingsResource.class,
            TicketResource.class,
            TicketRoutingResource.class,
            MetricsResource.class,
            RatesResource.class,
            JobsResource.class,
            AuditResource.class,
            ExportsResource.class);

    /** Filters, interceptors, the JSON configuration and the exception mappers. */
    public static final List<Class<?>> PROVIDERS = List.of(
            ContentLengthLimit.class,
            AuthenticationFilter.class,
            AccessFeature.class,
            RequestBodyReader.class,
            ResponseHeaders.class,
            ApiObjectMapper.class,
            AccessDeniedMapper.class,
            InvalidInputMapper.class,
            MalformedRequestMapper.class,
            StaleVersionMapper.class,
            PayloadTooLargeMapper.class,
            WebApplicationExceptionMapper.class,
            UnexpectedErrorMapper.class);

    /** The base path under the host's context path, as Jira serves the plugin's REST module. */
    public static final String BASE_PATH = "/rest/balance-point/1.0";

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>(RESOURCES);
        classes.addAll(PROVIDERS);
        return classes;
    }
}
