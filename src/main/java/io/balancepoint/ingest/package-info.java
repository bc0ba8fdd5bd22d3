/**
 * From "something happened to a ticket" to stored lines, facts and rollups: the bounded
 * {@link io.balancepoint.ingest.RecomputeQueue} filled on Jira's request thread, the
 * {@link io.balancepoint.ingest.RecomputeWorker} that drains it on a thread of its own, and the
 * {@link io.balancepoint.ingest.TicketRecomputer} that reads the snapshot, runs the pure
 * {@link io.balancepoint.ingest.TicketComputation} with the settings in force and stores the result.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Settings per batch.</b> The worker asks the store for the settings revision once per
 *       batch (one small query) and rebuilds the computation only when it changed.</li>
 *   <li><b>One write per batch, failures per ticket.</b> The worker drains up to
 *       {@link io.balancepoint.ingest.RecomputeWorker#DEFAULT_BATCH} ids, and
 *       {@link io.balancepoint.ingest.TicketRecomputer#recomputeAll} reads their stored facts and manual
 *       lines in one query each, writes them in one {@code TicketWriter.writeAll} and their sync records
 *       in one transaction. A ticket that cannot be read or computed is left out of the write; when the
 *       database refuses the batch, its tickets are written one by one so only the culprit fails; tickets
 *       other nodes kept changing fail alone and the rest of the batch is kept. Every failed ticket goes
 *       through the retry policy like any other failure.</li>
 *   <li><b>Listeners after the batch.</b> A {@link io.balancepoint.ingest.RecomputeListener} (routing)
 *       hears the recomputed tickets on the worker's thread once they are stored.</li>
 *   <li><b>Retries never block.</b> A failed ticket is set aside with a due time and put back on the
 *       queue when due; after the last attempt it is given up with an error log. Nothing is lost: its
 *       stored facts stay stale or missing, which the reconcile job detects.</li>
 *   <li><b>In memory only what may be lost.</b> The queue and the retry schedule are per node and
 *       are lost with it; the reconcile job rebuilds their content from the database and the source.</li>
 * </ul>
 */
package io.balancepoint.ingest;
