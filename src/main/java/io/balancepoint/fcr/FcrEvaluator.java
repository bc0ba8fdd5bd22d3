package io.balancepoint.fcr;

import io.balancepoint.ticket.Interactions;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a ticket's First Contact Resolution status under the configured policy (SPEC §2).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>not resolved now → {@code OPEN};</li>
 *   <li>latest resolution excluded, request type left out by net FCR, or neither an agent public
 *       response nor logged work → {@code NOT_APPLICABLE};</li>
 *   <li>the policy's own test (see {@link FcrPolicy}) and, for every policy, no reopen inside the
 *       reopen window after any resolution; a failure → {@code NOT_FCR};</li>
 *   <li>otherwise {@code PROVISIONAL} while the window after the latest resolution is open, then {@code FCR}.</li>
 * </ol>
 *
 * <p>The ticket is judged as a whole up to its <em>latest</em> resolution (the one that puts it in a
 * period). A reopen after the window has closed does not by itself fail the ticket: the earlier
 * resolution stood for the whole window. Whatever came with the late reopen still counts — a second
 * agent reply, or (one-touch) a customer comment before the new resolution, makes it not FCR — and
 * the new resolution opens a new window, so the ticket is provisional again until it closes. The
 * window is half-open: a reopen exactly {@code reopenWindowDays} × 24 h after a resolution is outside it.
 *
 * <p>Stateless and thread-safe; settings must be valid ({@link FcrSettings#validate}).
 */
public final class FcrEvaluator {

    private static final Duration ONE_BUSINESS_HOUR = Duration.ofHours(1);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The verdict for {@code ticket} as of {@code now}; {@code calendar} gives business hours and the zone of dates in reasons. */
    public FcrResult evaluate(TicketSnapshot ticket, FcrSettings settings, WorkingCalendar calendar, Instant now) {
        Objects.requireNonNull(settings.policy(), "settings.policy");
        Objects.requireNonNull(settings.reopenWindowDays(), "settings.reopenWindowDays");
        Optional<ResolutionEvent> current = ticket.currentResolution();
        if (current.isEmpty()) {
            return FcrResult.of(FcrStatus.OPEN, openReason(ticket, calendar));
        }
        ResolutionEvent resolution = current.get();
        if (settings.excludes(resolution.resolution())) {
            return FcrResult.of(FcrStatus.NOT_APPLICABLE,
                    "Resolved as " + resolution.resolution() + ", which is excluded from FCR");
        }
        if (settings.leavesOutForNetFcr(ticket.requestType())) {
            return FcrResult.of(FcrStatus.NOT_APPLICABLE,
                    "Request type " + ticket.requestType() + " is not resolvable at first level (net FCR)");
        }
        Interactions interactions = Interactions.of(ticket);
        if (interactions.agentResponses() == 0 && ticket.labourSeconds() == 0) {
            return FcrResult.of(FcrStatus.NOT_APPLICABLE, "Resolved without an agent public response or logged work");
        }

        Duration window = Duration.ofDays(settings.reopenWindowDays());
        Verdict verdict = judgeByPolicy(ticket, resolution.at(), interactions, settings, calendar);
        List<String> failures = new ArrayList<>(verdict.failures());
        reopenInsideWindow(ticket, window).ifPresent(reopen -> failures.add("reopened " + format(reopen, calendar)
                + ", within " + count(settings.reopenWindowDays(), "day", "days") + " of a resolution"));
        if (!failures.isEmpty()) {
            return FcrResult.of(FcrStatus.NOT_FCR, "Not first contact: " + String.join("; ", failures));
        }

        Instant windowEnd = resolution.at().plus(window);
        if (now.isBefore(windowEnd)) {
            return new FcrResult(FcrStatus.PROVISIONAL,
                    verdict.success() + "; reopen window open until " + format(windowEnd, calendar), windowEnd);
        }
        String closed = window.isZero() ? "; no reopen window" : "; reopen window closed " + format(windowEnd, calendar);
        return FcrResult.of(FcrStatus.FCR, verdict.success() + closed);
    }

    /** What the policy says: a success line, or the reasons it fails (empty when it passes). */
    private record Verdict(String success, List<String> failures) {
    }

    private static Verdict judgeByPolicy(TicketSnapshot ticket, Instant resolvedAt, Interactions interactions,
                                         FcrSettings settings, WorkingCalendar calendar) {
        if (settings.judgesByBusinessHour(ticket.channel())) {
            return withinOneBusinessHour(ticket, resolvedAt, calendar);
        }
        return switch (settings.policy()) {
            case ZERO_FOLLOW_UPS -> zeroFollowUps(ticket, resolvedAt, interactions);
            // ONE_BUSINESS_HOUR judges tickets of other channels by one-touch
            case ONE_TOUCH, ONE_BUSINESS_HOUR -> oneTouch(interactions);
        };
    }

    private static Verdict oneTouch(Interactions interactions) {
        List<String> failures = new ArrayList<>();
        if (interactions.agentResponses() > 1) {
            failures.add(count(interactions.agentResponses(), "agent reply", "agent replies"));
        }
        if (interactions.customerFollowUps() > 0) {
            failures.add(count(interactions.customerFollowUps(), "customer follow-up", "customer follow-ups") + " after the first reply");
        }
        String success = interactions.agentResponses() == 0
                ? "Resolved with logged work and no agent reply"
                : "Resolved after 1 agent reply, no customer follow-up";
        return new Verdict(success, failures);
    }

    private static Verdict zeroFollowUps(TicketSnapshot ticket, Instant resolvedAt, Interactions interactions) {
        long customerComments = ticket.comments().stream()
                .filter(c -> c.isCustomerPublicComment() && c.created().isAfter(ticket.created())
                        && !c.created().isAfter(resolvedAt))
                .count();
        List<String> failures = customerComments == 0 ? List.of()
                : List.of(count(customerComments, "customer comment", "customer comments") + " before resolution");
        return new Verdict("Resolved with no customer follow-up (" + count(interactions.agentResponses(), "agent reply", "agent replies") + ")",
                failures);
    }

    private static Verdict withinOneBusinessHour(TicketSnapshot ticket, Instant resolvedAt, WorkingCalendar calendar) {
        Duration businessTime = calendar.businessTimeBetween(ticket.created(), resolvedAt);
        if (businessTime.compareTo(ONE_BUSINESS_HOUR) <= 0) {
            return new Verdict("Resolved via " + ticket.channel() + " within one business hour of creation ("
                    + format(businessTime) + ")", List.of());
        }
        return new Verdict("", List.of("resolved via " + ticket.channel() + " after " + format(businessTime)
                + " of business time (first contact allows 1 h)"));
    }

    /** The first reopen that came less than {@code window} after the resolution before it. */
    private static Optional<Instant> reopenInsideWindow(TicketSnapshot ticket, Duration window) {
        Instant lastResolved = null;
        for (ResolutionEvent event : ticket.resolutionHistory()) {
            if (event.kind() == ResolutionEvent.Kind.RESOLVED) {
                lastResolved = event.at();
            } else if (lastResolved != null && event.at().isBefore(lastResolved.plus(window))) {
                return Optional.of(event.at());
            }
        }
        return Optional.empty();
    }

    private static String openReason(TicketSnapshot ticket, WorkingCalendar calendar) {
        List<ResolutionEvent> history = ticket.resolutionHistory();
        if (history.isEmpty()) {
            return "Not resolved yet";
        }
        return "Reopened " + format(history.get(history.size() - 1).at(), calendar) + "; not resolved yet";
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String format(Instant instant, WorkingCalendar calendar) {
        return MINUTE.format(instant.atZone(calendar.zone()));
    }

    private static String format(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
