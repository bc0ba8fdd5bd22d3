package io.balancepoint.workbench.tickets;

/** One row of the workbench's ticket list. */
public record TicketListItem(String key, long id, String summary, String project, String requestType) {
}
