package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds tickets whose logged work exceeds k × the mean of their request type over a trailing window
 * (SPEC §2).
 *
 * <p>Definitions:
 * <ul>
 *   <li>the <em>baseline</em> of a ticket is every other ticket of the same project and request type
 *       (request types belong to a project) resolved in (asOf − window, asOf] with logged work; tickets
 *       without logged work say nothing about handle time and are left out (an estimated handle time is
 *       not logged work);</li>
 *   <li>the ticket itself is left out of its own baseline: an outlier would otherwise raise the mean it
 *       is compared to, and with n tickets its ratio could never exceed n;</li>
 *   <li>candidates are tickets with logged work that were resolved in the window or are still open
 *       (created by asOf): an open ticket already past the threshold is the one a team lead can act on;</li>
 *   <li>nothing is flagged while the baseline has fewer than {@code minimumSampleSize} tickets;</li>
 *   <li>flagged when labour &gt; k × mean, strictly; compared exactly as labour × n &gt; k × Σ baseline.</li>
 * </ul>
 * The facts must hold one row per ticket. The result is sorted by ratio, highest first, then by issue key.
 */
public final class HandleTimeAnomalies {

    private static final Comparator<HandleTimeAnomaly> WORST_FIRST = Comparator
            .comparing(HandleTimeAnomaly::ratio, Comparator.reverseOrder())
            .thenComparing(HandleTimeAnomaly::issueKey);

    private HandleTimeAnomalies() {
    }

    /** The anomalies among {@code facts} as of {@code asOf}; settings must be valid. */
    public static List<HandleTimeAnomaly> find(List<TicketFacts> facts, AnomalySettings settings, Instant asOf) {
        Objects.requireNonNull(settings.k(), "settings.k");
        Instant windowStart = asOf.minus(Duration.ofDays(settings.windowDays()));
        Map<RequestTypeKey, Baseline> baselines = new HashMap<>();
        for (TicketFacts f : facts) {
            if (inBaseline(f, windowStart, asOf)) {
                baselines.merge(RequestTypeKey.of(f), new Baseline(f.labourSeconds(), 1), Baseline::plus);
            }
        }
        List<HandleTimeAnomaly> anomalies = new ArrayList<>();
        for (TicketFacts f : facts) {
            if (!isCandidate(f, windowStart, asOf)) {
                continue;
            }
            Baseline baseline = baselines.getOrDefault(RequestTypeKey.of(f), Baseline.EMPTY);
            if (inBaseline(f, windowStart, asOf)) {
                baseline = baseline.without(f.labourSeconds());
            }
            if (baseline.count() >= settings.minimumSampleSize() && baseline.isExceededBy(f.labourSeconds(), settings.k())) {
                anomalies.add(new HandleTimeAnomaly(f.issueId(), f.issueKey(), f.projectKey(), f.requestType(),
                        f.resolvedAt(), f.labourSeconds(), baseline.mean(), baseline.count(), baseline.ratioOf(f.labourSeconds())));
            }
        }
        anomalies.sort(WORST_FIRST);
        return List.copyOf(anomalies);
    }

    private static boolean inBaseline(TicketFacts f, Instant windowStart, Instant asOf) {
        return f.labourSeconds() > 0 && f.isResolved()
                && f.resolvedAt().isAfter(windowStart) && !f.resolvedAt().isAfter(asOf);
    }

    private static boolean isCandidate(TicketFacts f, Instant windowStart, Instant asOf) {
        boolean openAtAsOf = !f.isResolved() && !f.created().isAfter(asOf);
        return inBaseline(f, windowStart, asOf) || (f.labourSeconds() > 0 && openAtAsOf);
    }

    private record RequestTypeKey(String projectKey, String requestType) {
        static RequestTypeKey of(TicketFacts f) {
            return new RequestTypeKey(f.projectKey(), Dimension.REQUEST_TYPE.valueOf(f));
        }
    }

    /** Logged seconds and ticket count of a baseline. */
    private record Baseline(long seconds, int count) {
        static final Baseline EMPTY = new Baseline(0, 0);

        Baseline plus(Baseline other) {
            return new Baseline(Math.addExact(seconds, other.seconds), count + other.count);
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
