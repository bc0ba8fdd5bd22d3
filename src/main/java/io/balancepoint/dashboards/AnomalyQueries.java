package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.HandleTimeAnomalies;
import io.balancepoint.metrics.HandleTimeAnomaly;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.validation.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The handle-time anomaly list of a project (SPEC §2), worst first, a page at a time.
 *
 * <p>Ticket facts are read twice, bounded by the project and the anomaly window (its resolutions in
 * the trailing window, then those again and its open tickets), never held in memory together: the
 * first pass builds each request type's baseline, the second tests each ticket against it
 * ({@link HandleTimeAnomalies#scan}). Only the anomalies up to the requested page are kept.
 *
 * <p>The filter chooses which anomalies are listed; a ticket is still compared with every ticket of
 * its request type in the project (the SPEC's baseline), not only with tickets that pass the filter.
 */
public final class AnomalyQueries {

    /** The longest page served. */
    public static final int MAX_LIMIT = 500;

    private final FactsSource facts;
    private final SettingsDocument settings;

    /** @param settings a validated settings document (anomaly settings) */
    public AnomalyQueries(FactsSource facts, SettingsDocument settings) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.settings = Objects.requireNonNull(settings, "settings");
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

        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(settings.anomalies(), asOf);
        // (windowStart, asOf] read as [windowStart, asOf + 1 ms): a superset the scan narrows exactly.
        Instant until = asOf.plusMillis(1);
        // The baseline needs three columns of each ticket with logged work, not the whole facts.
        facts.loggedLabourBetween(projectKey, scan.windowStart(), until,
                labour -> scan.addToBaseline(projectKey, labour.requestType(), labour.labourSeconds(), labour.resolvedAt()));

        TopAnomalies top = new TopAnomalies((int) Math.min(Integer.MAX_VALUE, (long) offset + limit));
        Consumer<TicketFacts> check = f -> {
            if (listed.matches(f)) {
                scan.check(f).ifPresent(top::offer);
            }
        };
        long floor = scan.labourFloor();
        if (floor != Long.MAX_VALUE) {
            // Only tickets past the lowest threshold of any request type can be flagged: read just those.
            facts.withLabourAbove(projectKey, scan.windowStart(), until, floor, check);
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
