/**
 * Routing put to work: {@link io.balancepoint.dispatch.TicketRouting} decides for new and escalating
 * tickets after each recompute batch, has the host's {@link io.balancepoint.routing.RoutingActuator}
 * carry the decision out and records it; {@link io.balancepoint.dispatch.RoutingDryRuns} tries a rule
 * set on a project's recent tickets. The rules themselves are the pure {@code io.balancepoint.routing}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Where it runs.</b> On the recompute worker's thread, after a batch is stored
 *       ({@link io.balancepoint.ingest.RecomputeListener}): events only enqueue ids, so routing is
 *       never on Jira's event thread, and it sees the snapshot and the customer tier the recompute
 *       just computed. The worker runs one batch at a time, so routing a ticket and the event its own
 *       change causes are never handled at once on a node.</li>
 *   <li><b>What counts as new.</b> Events carry no trigger (the bridge only enqueues an id), so a
 *       ticket is routed as {@code CREATED} when it has no recorded decision, is not resolved, and was
 *       created less than {@link io.balancepoint.dispatch.TicketRouting#NEW_TICKET_WINDOW} ago. The
 *       window keeps the reconcile job (which queues every stale ticket after install) from routing a
 *       desk's history.</li>
 *   <li><b>Escalation re-checks.</b> A ticket with recorded decisions that is not resolved is checked
 *       for a reopen and then for follow-ups ({@link io.balancepoint.routing.Escalator} counts earlier
 *       decisions, so re-checking the same snapshot does nothing); one escalation per recompute.
 *       Tickets the app never routed are not escalated (they were routed by people before the app).</li>
 *   <li><b>Apply, then record.</b> A decision is recorded only after the actuator succeeded; when the
 *       actuator fails nothing is recorded and the next recompute of the ticket decides again (at least
 *       once; the actuator's changes are idempotent settings of fields and assignee).</li>
 * </ul>
 */
package io.balancepoint.dispatch;
