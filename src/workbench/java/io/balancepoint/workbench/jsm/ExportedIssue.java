package io.balancepoint.workbench.jsm;

import io.balancepoint.ticket.SourcedTicket;

/** One exported issue: the ticket as the product computes it, plus its summary and assignee key (null: unassigned). */
public record ExportedIssue(SourcedTicket ticket, String summary, String assignee) {
}
