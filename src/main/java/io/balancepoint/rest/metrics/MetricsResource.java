package io.balancepoint.rest.metrics;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Permissions;
import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.dashboards.AnomalyQueries;
import io.balancepoint.dashboards.Breakdown;
import io.balancepoint.dashboards.BudgetReport;
import io.balancepoint.dashboards.BudgetReports;
import io.balancepoint.dashboards.ChannelGradient;
import io.balancepoint.dashboards.CostAxis;
import io.balancepoint.dashboards.CostBreakdown;
import io.balancepoint.dashboards.MetricsQuery;
import io.balancepoint.dashboards.Page;
import io.balancepoint.dashboards.RoiQueries;
import io.balancepoint.dashboards.RollupMetrics;
import io.balancepoint.dashboards.StoreSources;
import io.balancepoint.dashboards.Trend;
import io.balancepoint.dashboards.WindowResultCache;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.HandleTimeAnomaly;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.rest.Paging;
import io.balancepoint.rest.QueryParameters;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.roi.BalancePointResult;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.time.DateRange;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A project's dashboard metrics, read from the pre-aggregated rollups (and bounded fact reads for
 * anomalies and the balance point): trend, breakdown, channel gradient, cost breakdown, anomalies,
 * budget vs actual, ROI and balance point. For the project's team leads and admins who browse it;
 * others get 404 (cannot browse) or 403 (can browse, do not lead). Every read uses the settings
 * in force at the time of the request.
 */
@LicensedOnly
@Path("projects/{project}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Audience.PER_RESOURCE)
public final class MetricsResource {

    /**
     * Response header of the endpoints that may answer from a recent result: how many seconds the
     * answer may be behind the latest ticket changes (0: it reflects all of them).
     */
    public static final String DATA_AGE = "X-BalancePoint-Data-Age";
    private static final Set<String> RANGE = Set.of("from", "until", "granularity");
    /** How the dashboards' own field names read as the endpoint's parameters. */
    private static final Map<String, String> PARAMETER_OF = Map.of("days", "from", "days.until", "until",
            "scheme", "granularity", "projectKey", "project", "asOf", "asOf");

    private final Permissions permissions;
    private final SettingsStore settings;
    private final StoreSources sources;
    private final WindowResultCache cache;
    private final Clock clock;

    @Inject
    public MetricsResource(Permissions permissions, SettingsStore settings, RollupStore rollups, FactsStore facts,
                           WindowResultCache cache, Clock clock) {
        this.permissions = permissions;
        this.settings = settings;
        this.sources = new StoreSources(rollups, facts, cache);
        this.cache = cache;
        this.clock = clock;
    }

    /** Every metric per period and over the range. */
    @GET
    @Path("trend")
    public Trend trend(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        Request request = request(project, uri, security, RANGE);
        return request.metrics().trend(request.query());
    }

    /** Every metric by the values of {@code dimension} (e.g. {@code channel}). */
    @GET
    @Path("breakdown")
    public Breakdown breakdown(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        Request request = request(project, uri, security, Set.of("from", "until", "granularity", "dimension"));
        Dimension dimension = request.parameters().choice("dimension", Dimension.class, null);
        if (dimension == null) {
            throw InvalidInputException.of("dimension", "is required");
        }
        return renamed(() -> request.metrics().breakdown(request.query(), dimension));
    }

    /** Cost per contact by channel, dearest first. */
    @GET
    @Path("channels")
    public ChannelGradient channels(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        Request request = request(project, uri, security, RANGE);
        return request.metrics().channelGradient(request.query());
    }

    /** Cost by category (default) or by a dimension ({@code axis=channel}, …), with shares. */
    @GET
    @Path("costs")
    public CostBreakdown costs(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        Request request = request(project, uri, security, Set.of("from", "until", "granularity", "axis"));
        CostAxis axis = request.parameters().choice("axis", CostAxis.class, CostAxis.CATEGORY);
        return request.metrics().costBreakdown(request.query(), axis);
    }

    /** Handle-time anomalies as of {@code asOf} (default now), paged. */
    @GET
    @Path("anomalies")
    public Page<HandleTimeAnomaly> anomalies(@PathParam("project") String project, @Context UriInfo uri,
                                             @Context SecurityContext security) {
        String key = permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project);
        MetricsParameters parameters = new MetricsParameters(uri.getQueryParameters(), Set.of("asOf", "offset", "limit"));
        Instant asOf = instant("asOf", parameters.single("asOf"));
        Problems problems = new Problems();
        DimensionFilter filter = parameters.filter(problems);
        problems.throwIfAny("invalid anomaly query");
        Paging page = Paging.of(parameters.single("offset"), parameters.single("limit"));
        return new AnomalyQueries(sources, sources, sources.rollups().zone(), current()).anomalies(key, asOf, filter, page.offset(), page.limit());
    }

    /** Budget vs actual for a fiscal year at a level (default month) as of a day (default today). */
    @GET
    @Path("budget")
    public BudgetReport budget(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        String key = permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project);
        MetricsParameters parameters = new MetricsParameters(uri.getQueryParameters(),
                Set.of("fiscalYear", "level", "asOf", "tolerancePercent"));
        SettingsDocument document = current();
        LocalDate asOf = QueryParameters.date("asOf", parameters.single("asOf"));
        if (asOf == null) {
            asOf = LocalDate.ofInstant(clock.instant(), document.workingTime().zone());
        }
        long fiscalYear = QueryParameters.wholeNumber("fiscalYear", parameters.single("fiscalYear"), asOf.getYear());
        Problems problems = new Problems();
        QueryParameters.range(problems, "fiscalYear", fiscalYear, 1900, 2999);
        BigDecimal tolerance = decimal("tolerancePercent", parameters.single("tolerancePercent"), BudgetReports.DEFAULT_TOLERANCE_PERCENT);
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add("tolerancePercent", "must be between 0 and 1000");
        }
        problems.throwIfAny("invalid budget query");
        FiscalLevel level = parameters.choice("level", FiscalLevel.class, FiscalLevel.MONTH);
        return new BudgetReports(sources, document).budgetVsActual(key, (int) fiscalYear, level, asOf, tolerance)
                .orElseThrow(() -> new AccessDenied.NotFound("budget for this project and fiscal year"));
    }

    /**
     * The ROI of a month (default the current one), by the project's model. May be up to the
     * cache's staleness bound behind the latest ticket changes; {@link #DATA_AGE} says by how much.
     */
    @GET
    @Path("roi")
    public Response roi(@PathParam("project") String project, @Context UriInfo uri, @Context SecurityContext security) {
        String key = permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project);
        MetricsParameters parameters = new MetricsParameters(uri.getQueryParameters(), Set.of("month"));
        SettingsDocument document = current();
        YearMonth month = month(parameters.single("month"), YearMonth.from(clock.instant().atZone(document.workingTime().zone())));
        DateRange days = new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
        return withAge(cache.getRecent(new RoiQuery(key, month, document), sources.stampOf(key, days),
                () -> new RoiQueries(sources, sources, document).roi(key, month), roi -> 1));
    }

    /** The cost–benefit curve and balance point of the tickets resolved on [from, until); ages as {@link #roi}. */
    @GET
    @Path("balance-point")
    public Response balancePoint(@PathParam("project") String project, @Context UriInfo uri,
                                 @Context SecurityContext security) {
        String key = permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project);
        MetricsParameters parameters = new MetricsParameters(uri.getQueryParameters(), Set.of("from", "until"));
        Problems problems = new Problems();
        DateRange days = parameters.days(problems);
        DimensionFilter filter = parameters.filter(problems);
        problems.throwIfAny("invalid balance point query");
        SettingsDocument document = current();
        // An unbounded or overlong range is refused by the query itself, before any read: no stamp for it.
        Object stamp = days.until() == null || days.until().toEpochDay() - days.from().toEpochDay() > RoiQueries.MAX_BALANCE_POINT_DAYS
                ? null : sources.stampOf(key, days);
        return withAge(renamed(() -> cache.getRecent(new BalancePointQuery(key, days, filter, document), stamp,
                () -> new RoiQueries(sources, sources, document).balancePoint(key, days, filter),
                (BalancePointResult result) -> 1 + 10 * (1 + result.byTier().size()))));
    }

    /** The answer, with its age in whole seconds (rounded up: a stale answer never reads as current). */
    private static Response withAge(WindowResultCache.Answer<?> answer) {
        long nanos = answer.age().toNanos();
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Response.ok(answer.value()).header(DATA_AGE, seconds).build();
    }

    /**
     * The cache key of a month's ROI. It also depends on the settings (models, overhead): the document
     * itself, compared by value, rather than its revision, which a restored database could reuse.
     */
    private record RoiQuery(String projectKey, YearMonth month, SettingsDocument settings) {
    }

    /** The cache key of a balance point (settings as for {@link RoiQuery}). */
    private record BalancePointQuery(String projectKey, DateRange days, DimensionFilter filter, SettingsDocument settings) {
    }

    /** The checked caller, parameters, rollup metrics and query of a range endpoint. */
    private record Request(MetricsParameters parameters, RollupMetrics metrics, MetricsQuery query) {
    }

    private Request request(String project, UriInfo uri, SecurityContext security, Set<String> known) {
        String key = permissions.requireProjectTeamLead(CallerSecurityContext.callerOf(security), project);
        MetricsParameters parameters = new MetricsParameters(uri.getQueryParameters(), known);
        SettingsDocument document = current();
        Problems problems = new Problems();
        DateRange days = parameters.days(problems);
        DimensionFilter filter = parameters.filter(problems);
        problems.throwIfAny("invalid metrics query");
        MetricsQuery query = new MetricsQuery(key, days, parameters.scheme(document), filter);
        Problems rules = new Problems();
        query.validate(rules);
        rename(rules).throwIfAny("invalid metrics query");
        return new Request(parameters, new RollupMetrics(sources, document), query);
    }

    private SettingsDocument current() {
        return settings.current().document();
    }

    /** Runs a dashboard call, reporting its problems under the endpoint's parameter names. */
    private static <T> T renamed(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            Problems problems = new Problems();
            e.problems().forEach(problem -> problems.add(problem.field(), problem.reason()));
            throw new InvalidInputException(e.getMessage(), rename(problems).list());
        }
    }

    private static Problems rename(Problems problems) {
        Problems renamed = new Problems();
        for (Problem problem : problems.list()) {
            String field = problem.field();
            String parameter = PARAMETER_OF.get(field);
            if (parameter == null && field.startsWith("filter.")) {
                Dimension dimension = Dimension.valueOf(field.substring("filter.".length()));
                parameter = MetricsParameters.FILTERS.entrySet().stream().filter(e -> e.getValue() == dimension)
                        .map(Map.Entry::getKey).findFirst().orElse(field);
            }
            renamed.add(parameter == null ? field : parameter, problem.reason());
        }
        return renamed;
    }

    private Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return clock.instant();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw MalformedRequestException.of(name, "must be an instant like 2026-03-01T00:00:00Z");
        }
    }

    private static YearMonth month(String value, YearMonth fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw MalformedRequestException.of("month", "must be a month like 2026-03");
        }
    }

    private static BigDecimal decimal(String name, String value, BigDecimal fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw MalformedRequestException.of(name, "must be a decimal number");
        }
    }
}
