/**
 * Long-running work that runs once per cluster: backfill, recalculation, reconcile, rollup
 * rebuild and RFM scoring, each a {@link io.balancepoint.jobs.Job} run by a
 * {@link io.balancepoint.jobs.JobRunner}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Once per cluster.</b> Jira's scheduler runs a cluster job on one node, but a job an admin
 *       starts from the REST API can be started on any node. So every run first claims the job's row
 *       in {@link io.balancepoint.store.JobStateStore} (a conditional write, as all store writes); a
 *       job whose running node has not reported for the stale limit is taken over, and the old run
 *       is refused its next write.</li>
 *   <li><b>Progress is the heartbeat.</b> Jobs report after each committed page; the report renews
 *       the lease, carries the cursor a later run resumes from, and brings a cancel request back
 *       (no cluster messaging needed). Rate and ETA are derived from the stored progress.</li>
 *   <li><b>Direct recomputes in jobs, the queue for repairs.</b> Backfill and recalculation recompute
 *       tickets themselves, so they can count what changed, total it and resume precisely; reconcile
 *       only queues the tickets it finds stale, for the worker (or recomputes them itself when the
 *       queue is full, so a pass never loses one).</li>
 *   <li><b>Staleness is recorded, not guessed.</b> A sync record per ticket
 *       ({@link io.balancepoint.store.TicketSync}) holds the ticket's last change the facts were
 *       computed from, the facts version written, and when the facts expire by themselves (end of a
 *       provisional FCR window). Reconcile compares it with the source's stamps page by page.</li>
 *   <li><b>RFM scores are stored, not kept in memory.</b> Scoring ranks the whole population
 *       (quintiles) over a year of requests: a scan worth doing once per cluster, not on every node.
 *       And every node must give a customer the same tier at the same moment, or a ticket's tier would
 *       depend on which node recomputed it. So a daily job replaces the stored scores in one
 *       transaction; recomputes look one customer up per ticket.</li>
 *   <li><b>Recalculation is audited at both ends.</b> An entry when it starts, so even a run cut
 *       short by a dying node is on record, and one when it ends however it ends, with the tickets
 *       changed and the total cost of the touched tickets before and after.</li>
 * </ul>
 */
package io.balancepoint.jobs;
