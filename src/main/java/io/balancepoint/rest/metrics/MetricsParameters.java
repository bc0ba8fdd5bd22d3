package io.balancepoint.rest.metrics;

import io.balancepoint.budget.FiscalCalendar;
import io.balancepoint.budget.FiscalLevel;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.rest.QueryParameters;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.PeriodScheme;
import io.balancepoint.validation.Problems;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of the metrics endpoints, read strictly: every parameter must be one the
 * endpoint knows (else 400), a dimension filter is the dimension's camel-case name repeated per
 * value ({@code channel=email&channel=chat}), {@code granularity} is {@code day}, {@code week},
 * {@code month}, {@code quarter}, {@code year} or a fiscal level ({@code fiscal-month}, …).
 */
final class MetricsParameters {

    /** Dimension filters by parameter name. */
    static final Map<String, Dimension> FILTERS = Map.of(
            "requestType", Dimension.REQUEST_TYPE, "channel", Dimension.CHANNEL, "customerTier", Dimension.CUSTOMER_TIER,
            "supportTier", Dimension.SUPPORT_TIER, "agent", Dimension.AGENT, "priority", Dimension.PRIORITY,
            "organisation", Dimension.ORGANISATION);
    /** The most values one filter may list. */
    static final int MAX_FILTER_VALUES = 100;
    private static final String FISCAL = "fiscal-";

    private final MultivaluedMap<String, String> query;

    MetricsParameters(MultivaluedMap<String, String> query, Set<String> known) {
        this.query = query;
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name) && !FILTERS.containsKey(name)) {
                throw MalformedRequestException.of(name, "is not a parameter of this endpoint; known: "
                        + known.stream().sorted().toList() + " and the filters " + FILTERS.keySet().stream().sorted().toList());
            }
            if (!FILTERS.containsKey(name) && parameter.getValue().size() > 1) {
                throw MalformedRequestException.of(name, "is given more than once");
            }
        }
    }

    String single(String name) {
        return query.getFirst(name);
    }

    /** {@code from} and {@code until} (exclusive), both required. */
    DateRange days(Problems problems) {
        LocalDate from = QueryParameters.date("from", single("from"));
        LocalDate until = QueryParameters.date("until", single("until"));
        problems.required(from, "from");
        problems.required(until, "until");
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add("until", "must be after from");
            return null;
        }
        return from == null || until == null ? null : new DateRange(from, until);
    }

    /** The period scheme of {@code granularity} (default month) under the settings' fiscal calendar. */
    PeriodScheme scheme(SettingsDocument settings) {
        String value = single("granularity");
        if (value == null || value.isEmpty()) {
            return Granularity.MONTH;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        try {
            if (upper.startsWith(FISCAL.toUpperCase(Locale.ROOT))) {
                FiscalLevel level = FiscalLevel.valueOf(upper.substring(FISCAL.length()));
                return FiscalCalendar.of(settings.budgets().fiscalCalendar()).scheme(level);
            }
            return Granularity.valueOf(upper);
        } catch (IllegalArgumentException e) {
            throw MalformedRequestException.of("granularity",
                    "must be day, week, month, quarter, year or fiscal-year, fiscal-quarter, fiscal-month, fiscal-week, fiscal-day");
        }
    }

    /** The dimension filters given; every ticket when none. */
    DimensionFilter filter(Problems problems) {
        Map<Dimension, Set<String>> allowed = new EnumMap<>(Dimension.class);
        FILTERS.forEach((name, dimension) -> {
            List<String> values = query.get(name);
            if (values != null) {
                if (values.size() > MAX_FILTER_VALUES) {
                    problems.add(name, "must list at most " + MAX_FILTER_VALUES + " values");
                }
                allowed.put(dimension, new LinkedHashSet<>(values));
            }
        });
        return new DimensionFilter(allowed);
    }

    /** An upper-case enum parameter; required when {@code fallback} is null. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String value = single(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw MalformedRequestException.of(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
