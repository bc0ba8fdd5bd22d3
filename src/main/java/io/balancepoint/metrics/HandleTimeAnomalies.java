package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import io.balancepoint.time.DateRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds tickets whose logged work exceeds k × the mean of their request type over a trailing window
 * (SPEC §2).
 *
 * <p>Definitions:
 * <ul>
 *   <li>the <em>baseline</em> of a ticket is every other ticket of the same project and request type
 *       (request types belong to a project) resolved in the window with logged work; tickets
 *       without logged work say nothing about handle time and are left out (an estimated handle time is
 *       not logged work);</li>
 *   <li>the ticket itself is left out of its own baseline: an outlier would otherwise raise the mean it
 *       is compared to, and with n tickets its ratio could never exceed n;</li>
 *   <li>candidates are tickets with logged work that were resolved in the window or are still open
 *       (created by asOf): an open ticket already past the threshold is the one a team lead can act on;</li>
 *   <li>nothing is flagged while the baseline has fewer than {@code minimumSampleSize} tickets;</li>
 *   <li>flagged when labour &gt; k × mean, strictly; compared exactly as labour × n &gt; k × Σ baseline.</li>
 * </ul>
 * The window is a {@link Window}: the dashboards and the issue panel use {@link Window#days} (the
 * {@code windowDays} whole days ending with asOf's day in the instance zone, because the baselines
 * come from day rollups); {@link #scan(AnomalySettings, Instant)} keeps the instant window
 * (asOf − windowDays, asOf].
 * The facts must hold one row per ticket. The result is sorted by ratio, highest first, then by issue key.
 */
public final class HandleTimeAnomalies {

    /** Highest ratio first, then by issue key: the order anomalies are listed in. */
    public static final Comparator<HandleTimeAnomaly> WORST_FIRST = Comparator
            .comparing(HandleTimeAnomaly::ratio, Comparator.reverseOrder())
            .thenComparing(HandleTimeAnomaly::issueKey);

    private HandleTimeAnomalies() {
    }

    /** The anomalies among {@code facts} as of {@code asOf} over the instant window; settings must be valid. */
    public static List<HandleTimeAnomaly> find(List<TicketFacts> facts, AnomalySettings settings, Instant asOf) {
        return find(facts, settings, asOf, Window.trailing(settings, asOf));
    }

    /** The anomalies among {@code facts} as of {@code asOf} with baselines over {@code window}; settings must be valid. */
    public static List<HandleTimeAnomaly> find(List<TicketFacts> facts, AnomalySettings settings, Instant asOf, Window window) {
        Scan scan = scan(settings, asOf, window);
        facts.forEach(scan::addToBaseline);
        List<HandleTimeAnomaly> anomalies = new ArrayList<>();
        for (TicketFacts f : facts) {
            scan.check(f).ifPresent(anomalies::add);
        }
        anomalies.sort(WORST_FIRST);
        return List.copyOf(anomalies);
    }

    /**
     * The same rules for facts too many to hold in memory: stream every fact through
     * {@link Scan#addToBaseline} first, then each candidate through {@link Scan#check}. Only the
     * baselines (one sum per request type) are kept. Settings must be valid.
     */
    public static Scan scan(AnomalySettings settings, Instant asOf) {
        return scan(settings, asOf, Window.trailing(settings, asOf));
    }

    /**
     * {@link #scan(AnomalySettings, Instant)} with baselines over {@code window}; the baselines may
     * also be given summed ({@link Scan#addBaseline}), e.g. from day rollups over {@link Window#days}.
     */
    public static Scan scan(AnomalySettings settings, Instant asOf, Window window) {
        return new Scan(settings, asOf, window);
    }

    /**
     * The resolution times whose tickets form the baselines: [{@code from}, {@code until}).
     */
    public record Window(Instant from, Instant until) {

        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("until " + until + " must be after from " + from);
            }
        }

        /** (asOf − windowDays, asOf], as instants. */
        public static Window trailing(AnomalySettings settings, Instant asOf) {
            Instant after = asOf.minus(Duration.ofDays(settings.windowDays()));
            return new Window(after.plusNanos(1), asOf.plusNanos(1));
        }

        /** The {@code windowDays} whole days in {@code zone} ending with asOf's day (the days of {@link #daysOf}). */
        public static Window days(AnomalySettings settings, Instant asOf, ZoneId zone) {
            DateRange days = daysOf(settings, asOf, zone);
            return new Window(days.from().atStartOfDay(zone).toInstant(), days.until().atStartOfDay(zone).toInstant());
        }

        /** The {@code windowDays} days in {@code zone} ending with (and including) asOf's day. */
        public static DateRange daysOf(AnomalySettings settings, Instant asOf, ZoneId zone) {
            LocalDate last = LocalDate.ofInstant(asOf, zone);
            return new DateRange(last.minusDays(settings.windowDays() - 1L), last.plusDays(1));
        }

        public boolean contains(Instant resolvedAt) {
            return resolvedAt != null && !resolvedAt.isBefore(from) && resolvedAt.isBefore(until);
        }
    }

    /** One anomaly search as of one instant; see {@link #scan}. Not thread-safe. */
    public static final class Scan {

        private final AnomalySettings settings;
        private final Instant asOf;
        private final Window window;
        private final Map<RequestTypeKey, Baseline> baselines = new HashMap<>();

        private Scan(AnomalySettings settings, Instant asOf, Window window) {
            this.settings = Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(settings.k(), "settings.k");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            this.window = Objects.requireNonNull(window, "window");
        }

        /** The resolution times of the baselines' tickets. */
        public Window window() {
            return window;
        }

        public Instant asOf() {
            return asOf;
        }

        /** Counts the ticket in its request type's baseline when it belongs there; any ticket may be offered. Each ticket once. */
        public void addToBaseline(TicketFacts f) {
            addToBaseline(f.projectKey(), f.requestType(), f.labourSeconds(), f.resolvedAt());
        }

        /**
         * {@link #addToBaseline(TicketFacts)} from the only fields it reads, for callers that read
         * just those (resolvedAt null: unresolved).
         */
        public void addToBaseline(String projectKey, String requestType, long labourSeconds, Instant resolvedAt) {
            if (inBaseline(labourSeconds, resolvedAt)) {
                baselines.merge(new RequestTypeKey(projectKey, Dimension.normalised(requestType)), new Baseline(labourSeconds, 1),
                        Baseline::plus);
            }
        }

        /**
         * Adds a request type's baseline summed elsewhere: {@code tickets} tickets resolved in the
         * {@link #window} with logged work, {@code labourSeconds} in all (e.g. a day rollup's
         * labourSeconds and labourTickets). Instead of offering those tickets one by one.
         */
        public void addBaseline(String projectKey, String requestType, long labourSeconds, long tickets) {
            if (labourSeconds < 0 || tickets < 0 || (tickets == 0) != (labourSeconds == 0)) {
                throw new IllegalArgumentException("a baseline of " + tickets + " tickets cannot have " + labourSeconds + " s");
            }
            if (tickets > 0) {
                baselines.merge(new RequestTypeKey(projectKey, Dimension.normalised(requestType)), new Baseline(labourSeconds, tickets),
                        Baseline::plus);
            }
        }

        /** The ticket as an anomaly, when it is a candidate past k × its baseline; call after every baseline ticket was added. */
        public Optional<HandleTimeAnomaly> check(TicketFacts f) {
            HandleTimeComparison comparison = compare(f);
            if (!comparison.flagged()) {
                return Optional.empty();
            }
            return Optional.of(new HandleTimeAnomaly(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(),
                    f.resolvedAt(), f.labourSeconds(), comparison.baselineMeanSeconds(), Math.toIntExact(comparison.baselineSize()),
                    comparison.ratio()));
        }

        /**
         * How the ticket's logged work compares with its baseline (without the ticket), flagged or
         * not: what {@link #check} decides on, for one ticket's view. Call after every baseline was added.
         */
        public HandleTimeComparison compare(TicketFacts f) {
            Baseline baseline = baselines.getOrDefault(RequestTypeKey.of(f), Baseline.EMPTY);
            if (inBaseline(f)) {
                baseline = baseline.without(f.labourSeconds());
            }
            boolean enough = baseline.count() >= settings.minimumSampleSize();
            boolean flagged = isCandidate(f) && enough && baseline.isExceededBy(f.labourSeconds(), settings.k());
            return new HandleTimeComparison(f.labourSeconds(), baseline.count() == 0 ? null : baseline.mean(), baseline.count(),
                    baseline.seconds() == 0 ? null : baseline.ratioOf(f.labourSeconds()), enough, flagged);
        }

        /**
         * A floor under the logged seconds of every ticket {@link #check} can flag with the baselines
         * added so far: a ticket with at most this much labour is never an anomaly, so a caller may
         * read only the candidates above it. Per request type with sum S over n tickets, a ticket in
         * the baseline is flagged only when L × (n − 1) &gt; k × (S − L), i.e. L &gt; kS / (n − 1 + k),
         * and one outside it only when L × n &gt; k × S; types whose sample is too small flag nothing.
         * {@link Long#MAX_VALUE} when nothing can be flagged; 0 when no floor is known.
         */
        public long labourFloor() {
            BigDecimal k = settings.k();
            long floor = Long.MAX_VALUE;
            for (Baseline baseline : baselines.values()) {
                BigDecimal kSum = k.multiply(BigDecimal.valueOf(baseline.seconds()));
                long n = baseline.count();
                if (n >= settings.minimumSampleSize()) { // an open ticket can be flagged
                    floor = Math.min(floor, floorOf(kSum, BigDecimal.valueOf(n)));
                }
                if (n - 1 >= settings.minimumSampleSize()) { // a ticket of the baseline can be flagged
                    floor = Math.min(floor, floorOf(kSum, BigDecimal.valueOf(n - 1).add(k)));
                }
            }
            return floor;
        }

        /** floor(kSum / denominator), clamped to [0, Long.MAX_VALUE − 1]; 0 when the denominator is not positive. */
        private static long floorOf(BigDecimal kSum, BigDecimal denominator) {
            if (denominator.signum() <= 0 || kSum.signum() <= 0) {
                return 0;
            }
            BigDecimal quotient = kSum.divide(denominator, 0, java.math.RoundingMode.FLOOR);
            return quotient.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0 ? Long.MAX_VALUE - 1 : quotient.longValueExact();
        }

        private boolean inBaseline(TicketFacts f) {
            return inBaseline(f.labourSeconds(), f.resolvedAt());
        }

        private boolean inBaseline(long labourSeconds, Instant resolvedAt) {
            return labourSeconds > 0 && window.contains(resolvedAt);
        }

        private boolean isCandidate(TicketFacts f) {
            boolean openAtAsOf = !f.isResolved() && !f.created().isAfter(asOf);
            return inBaseline(f) || (f.labourSeconds() > 0 && openAtAsOf);
        }
    }

    private record RequestTypeKey(String projectKey, String requestType) {
        static RequestTypeKey of(TicketFacts f) {
            return new RequestTypeKey(f.projectKey(), Dimension.REQUEST_TYPE.valueOf(f));
        }
    }

    /** Logged seconds and ticket count of a baseline. */
    private record Baseline(long seconds, long count) {
        static final Baseline EMPTY = new Baseline(0, 0);

        Baseline plus(Baseline other) {
            return new Baseline(Math.addExact(seconds, other.seconds), Math.addExact(count, other.count));
        }

        Baseline without(long ticketSeconds) {
            return new Baseline(seconds - ticketSeconds, count - 1);
        }

        boolean isExceededBy(long labourSeconds, BigDecimal k) {
            BigDecimal scaledLabour = BigDecimal.valueOf(labourSeconds).multiply(BigDecimal.valueOf(count));
            return scaledLabour.compareTo(k.multiply(BigDecimal.valueOf(seconds))) > 0;
        }

        BigDecimal mean() {
            return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(count), Money.DIVISION);
        }

        BigDecimal ratioOf(long labourSeconds) {
            return BigDecimal.valueOf(labourSeconds).multiply(BigDecimal.valueOf(count))
                    .divide(BigDecimal.valueOf(seconds), Money.DIVISION);
        }
    }
}
