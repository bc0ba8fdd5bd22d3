package io.balancepoint.routing;

import java.util.List;

/**
 * The result of a dry run: a row per ticket in the order given, and a summary.
 *
 * @param targets           tickets per (support tier, group), tiers low to high, then group (none first)
 * @param tierChangeIssueKeys tickets whose tier would differ from today's, in the order given
 */
public record DryRunReport(List<DryRunRow> rows, List<TargetCount> targets, List<String> tierChangeIssueKeys) {

    public DryRunReport {
        rows = List.copyOf(rows);
        targets = List.copyOf(targets);
        tierChangeIssueKeys = List.copyOf(tierChangeIssueKeys);
    }
}
