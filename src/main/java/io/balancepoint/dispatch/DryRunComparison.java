package io.balancepoint.dispatch;

import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.TargetCount;
import java.util.List;

/**
 * A dry run of candidate routing rules over a project's recent tickets, oldest first: where each
 * ticket would go now, next to where it went.
 *
 * @param tickets             one row per ticket, oldest first
 * @param targets             tickets per (support tier, group) under the candidate rules
 * @param tierChangeIssueKeys tickets whose tier would differ from the one they have now
 */
public record DryRunComparison(String projectKey, List<Ticket> tickets, List<TargetCount> targets,
                               List<String> tierChangeIssueKeys) {

    public DryRunComparison {
        tickets = List.copyOf(tickets);
        targets = List.copyOf(targets);
        tierChangeIssueKeys = List.copyOf(tierChangeIssueKeys);
    }

    /**
     * One ticket.
     *
     * @param currentTier the support tier the ticket has now (null when none)
     * @param wouldGo     the decision the candidate rules make, as for a new ticket
     * @param went        the latest decision recorded for the ticket, or null when the app never routed it
     */
    public record Ticket(String issueKey, String currentTier, RoutingDecision wouldGo, RoutingDecision went) {
    }
}
