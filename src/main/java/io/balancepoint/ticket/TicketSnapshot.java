package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rules need to know about one service request, read at one moment from the
 * ticket source (Jira, an import, the workbench). The single input of every cost, FCR, tier
 * and routing rule: rules never look anything else up.
 *
 * @param channel        normalised channel id, lower case: {@code email}, {@code portal}, {@code phone}, {@code chat}, {@code api}, {@code jira}, …
 * @param customerKey    the requesting customer (user key); null when unknown
 * @param organisation   the customer's JSM organisation; null when none
 * @param supportTier    the support tier currently on the ticket (L1, L2, …); null when not routed
 * @param authorRoles    for people who logged work: their Jira groups and project roles, used for role rates
 * @param resolutionHistory resolve and reopen events, any order (sorted on construction)
 */
public record TicketSnapshot(
        long issueId,
        String issueKey,
        String projectKey,
        String requestType,
        String channel,
        String priority,
        String customerKey,
        String organisation,
        Instant created,
        String supportTier,
        List<Worklog> worklogs,
        List<Comment> comments,
        List<ResolutionEvent> resolutionHistory,
        CsatRating csat,
        Map<String, Set<String>> authorRoles) {

    public TicketSnapshot {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(created, "created");
        worklogs = worklogs == null ? List.of()
                : worklogs.stream().sorted(Comparator.comparing(Worklog::started).thenComparingLong(Worklog::id)).toList();
        comments = comments == null ? List.of()
                : comments.stream().sorted(Comparator.comparing(Comment::created).thenComparingLong(Comment::id)).toList();
        resolutionHistory = resolutionHistory == null ? List.of()
                : resolutionHistory.stream().sorted(Comparator.comparing(ResolutionEvent::at)).toList();
        authorRoles = authorRoles == null ? Map.of() : Map.copyOf(authorRoles);
    }

    /** The latest resolve event when the ticket is resolved now (its last event is a resolve). */
    public Optional<ResolutionEvent> currentResolution() {
        if (resolutionHistory.isEmpty()) {
            return Optional.empty();
        }
        ResolutionEvent last = resolutionHistory.get(resolutionHistory.size() - 1);
        return last.kind() == ResolutionEvent.Kind.RESOLVED ? Optional.of(last) : Optional.empty();
    }

    public boolean isResolved() {
        return currentResolution().isPresent();
    }

    public Optional<Instant> resolvedAt() {
        return currentResolution().map(ResolutionEvent::at);
    }

    /** Reopens that followed a resolution. */
    public int reopenCount() {
        return (int) resolutionHistory.stream().filter(e -> e.kind() == ResolutionEvent.Kind.REOPENED).count();
    }

    public List<Comment> agentPublicResponses() {
        return comments.stream().filter(Comment::isAgentPublicResponse).toList();
    }

    public Optional<Instant> firstAgentPublicResponseAt() {
        return comments.stream().filter(Comment::isAgentPublicResponse).map(Comment::created).findFirst();
    }

    public long labourSeconds() {
        return worklogs.stream().mapToLong(Worklog::seconds).sum();
    }

    public Set<String> rolesOf(String userKey) {
        return authorRoles.getOrDefault(userKey, Set.of());
    }
}
