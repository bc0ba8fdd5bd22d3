package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.HandleTimeAnomalies;
import io.balancepoint.metrics.HandleTimeAnomaly;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.validation.Problems;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The handle-time anomaly list of a project (SPEC §2), worst first, a page at a time.
 *
 * <p>The baselines come from the project's request-type day rollups ({@link RequestTypeBaselines}),
 * so the window is whole days: the {@code anomalies.windowDays} days ending with asOf's day in the
 * instance time zone ({@link HandleTimeAnomalies.Window#days}; before rollups it was the instant
 * window (asOf − windowDays, asOf]). Then ticket facts are read once, bounded by the project, the
 * window and the lowest labour any request type could flag ({@link HandleTimeAnomalies.Scan#labourFloor}):
 * its resolutions on those days and its open tickets, each tested against its baseline. Only the
 * anomalies up to the requested page are kept.
 *
 * <p>The filter chooses which anomalies are listed; a ticket is still compared with every ticket of
 * its request type in the project (the SPEC's baseline), not only with tickets that pass the filter.
 */
public final class AnomalyQueries {

    /** The longest page served. */
    public static final int MAX_LIMIT = 500;

    private final RollupSource rollups;
    private final FactsSource facts;
    private final ZoneId zone;
    private final SettingsDocument settings;

    /**
     * @param zone     the instance time zone, the one the rollups' days are in
     * @param settings a validated settings document (anomaly settings, base currency)
     */
    public AnomalyQueries(RollupSource rollups, FactsSource facts, ZoneId zone, SettingsDocument settings) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The anomaly scan of {@code projectKey} as of {@code asOf} with every request type's baseline added, read from rollups. */
    public HandleTimeAnomalies.Scan scan(String projectKey, Instant asOf, RequestTypeBaselines baselines) {
        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(settings.anomalies(), asOf,
                HandleTimeAnomalies.Window.days(settings.anomalies(), asOf, zone));
        baselines.addTo(scan, projectKey);
        return scan;
    }

    /** The request-type baselines of {@code projectKey} as of {@code asOf} (one rollup read). */
    public RequestTypeBaselines baselines(String projectKey, Instant asOf) {
        return RequestTypeBaselines.read(rollups, projectKey, settings.anomalies(), asOf, zone, settings.currency());
    }

    /**
     * The anomalies of {@code projectKey} as of {@code asOf} that pass {@code filter} (null = all), at
     * positions [offset, offset + limit) of the list ordered by {@link HandleTimeAnomalies#WORST_FIRST}.
     */
    public Page<HandleTimeAnomaly> anomalies(String projectKey, Instant asOf, DimensionFilter filter, int offset, int limit) {
        Problems problems = new Problems();
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
        problems.required(asOf, "asOf");
        problems.require(offset >= 0, "offset", "must not be negative");
        problems.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        problems.throwIfAny("invalid anomaly query");
        DimensionFilter listed = filter == null ? DimensionFilter.all() : filter;

        HandleTimeAnomalies.Scan scan = scan(projectKey, asOf, baselines(projectKey, asOf));

        TopAnomalies top = new TopAnomalies((int) Math.min(Integer.MAX_VALUE, (long) offset + limit));
        Consumer<TicketFacts> check = f -> {
            if (listed.matches(f)) {
                scan.check(f).ifPresent(top::offer);
            }
        };
        long floor = scan.labourFloor();
        if (floor != Long.MAX_VALUE) {
            // Only tickets past the lowest threshold of any request type can be flagged: read just those.
            facts.withLabourAbove(projectKey, scan.window().from(), scan.window().until(), floor, check);
        }
        List<HandleTimeAnomaly> worstFirst = top.worstFirst();
        return new Page<>(worstFirst.subList(Math.min(offset, worstFirst.size()), worstFirst.size()), top.total(), offset, limit);
    }

    /** Keeps the {@code size} worst anomalies offered and counts them all. */
    private static final class TopAnomalies {

        private final int size;
        // Head = the least bad kept, the first to leave when a worse one arrives.
        private final PriorityQueue<HandleTimeAnomaly> kept = new PriorityQueue<>(HandleTimeAnomalies.WORST_FIRST.reversed());
        private long total;

        TopAnomalies(int size) {
            this.size = size;
        }

        void offer(HandleTimeAnomaly anomaly) {
            total++;
            kept.add(anomaly);
            if (kept.size() > size) {
                kept.poll();
            }
        }

        long total() {
            return total;
        }

        List<HandleTimeAnomaly> worstFirst() {
            List<HandleTimeAnomaly> list = new ArrayList<>(kept);
            list.sort(HandleTimeAnomalies.WORST_FIRST);
            return list;
        }
    }
}
