/**
 * The workbench: the whole product on one machine ({@code ./bp workbench}), never in the plugin.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>One embedded database.</b> HSQLDB in file mode under the data directory (default
 *       {@code ./workbench-data}, gitignored), CACHED tables, MVCC at READ COMMITTED; the product's
 *       tables through a pooled AO entity manager with Jira's naming, the workbench's own
 *       ({@code WB_TICKET}, {@code WB_PROJECT}, {@code WB_ORGANISATION}, {@code WB_STATE}) over plain JDBC.</li>
 *   <li><b>Tickets are rows with the snapshot as JSON</b> ({@link io.balancepoint.workbench.tickets.WorkbenchTickets}):
 *       the recompute reads a whole snapshot anyway, and only what lists and access checks need
 *       (key, project, request type, summary, assignee, last change) gets a column. It is the
 *       workbench's {@code TicketSource}; imports and routing write to it like Jira users would.</li>
 *   <li><b>The sample desk is anchored to a date.</b> Twelve months ending on {@code --sample-end}
 *       (default: yesterday at the first start), generated from {@code --seed}; both are stored with
 *       the desk, so a restart never reloads and tests pass a fixed date and clock to get the same
 *       ledger every time.</li>
 *   <li><b>First load in bulk, everything after through the product.</b> See
 *       {@link io.balancepoint.workbench.load.DeskLoader}; a test recalculates the loaded desk with the
 *       product's recompute and expects no ticket to change.</li>
 *   <li><b>Who you are is a header or a cookie.</b> {@code X-BalancePoint-User} (scripts, tests) or
 *       the {@code bp-user} cookie set by {@code POST /workbench/api/act-as}; the server listens on
 *       127.0.0.1 only.</li>
 * </ul>
 */
package io.balancepoint.workbench;
