/**
 * Persistence of Balance Point on Active Objects: the cost ledger, ticket facts and day rollups,
 * written together by {@link io.balancepoint.store.TicketWriter}, many tickets per transaction.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>One port.</b> Stores use only {@link io.balancepoint.store.AoStorage}, a handful of AO
 *       operations that exist on AO's {@code EntityManager} (workbench, tests) and on Jira's
 *       {@code ActiveObjects} (the Jira adapter, one line per method).</li>
 *   <li><b>Money.</b> AO 3.2 has no decimal type, so amounts are {@code BigDecimal.toPlainString()}
 *       in VARCHAR(100) columns: exact value and scale on every database (a negative scale comes back
 *       as scale 0, same value). SQL cannot sum them; nothing needs it, because dashboards read the
 *       pre-aggregated rollups and sum those in Java. A scaled long would have allowed SQL sums but
 *       cannot hold the 34-digit results of divisions (hourly rates from salaries) exactly. This holds
 *       for the rollups too: they are read as rows (a bounded number, see below), not summed by SQL,
 *       and no AO call used by the port needed adding.</li>
 *   <li><b>Times.</b> Epoch milliseconds in BIGINT columns, durations in milliseconds: exact and
 *       zone-free everywhere (AO's date columns lose milliseconds on MySQL/MariaDB). Finer parts are
 *       dropped, and comparisons are made on the stored form so they never cause rewrites.</li>
 *   <li><b>Concurrency without locks or raw SQL.</b> AO has no conditional or incremental UPDATE. A
 *       row is therefore replaced as "DELETE … WHERE key = ? AND version = ?, then INSERT": the delete
 *       takes the row lock, and a writer whose version is gone deletes nothing and retries the whole
 *       transaction. Unique columns (issue id of facts, key hash of rollups) catch two first inserts.
 *       This holds at READ COMMITTED, Jira's level; the tests run there.</li>
 *   <li><b>Rollups are deltas.</b> A ticket's rollup contribution is
 *       {@link io.balancepoint.metrics.FactMeasures#of} its facts — the same additive measures metrics
 *       compute over live facts — counted on the day of its latest resolution in the instance zone, in six
 *       rows: the (project, day) total and one (project, day, dimension, value) row for each of request
 *       type, channel, customer tier, support tier and agent ({@link io.balancepoint.store.RollupKey}).
 *       The table's size is set by days × dimension values, never by tickets; a dashboard reads the
 *       totals or one dimension's rows (at most days × values, through the (project, dimension, day)
 *       index). A write moves the contribution from the old facts' rows to the new ones. Rows that reach zero are deleted and
 *       amounts are stored canonically, so incremental rollups always equal a rebuild from facts.</li>
 *   <li><b>Idempotent.</b> A write that finds the same lines and facts stored writes nothing.</li>
 *   <li><b>Batches.</b> {@link io.balancepoint.store.TicketWriter#writeAll} writes up to a batch of
 *       tickets in one transaction with a fixed number of statements: facts, lines and affected rollups
 *       are each read with one {@code IN} list, claims and replaced rows are deleted with one statement
 *       per table (the claims as "any of these (issue, version) pairs", checked by the row count), new
 *       rows go in one JDBC batch per table, and rollup deltas are summed per key before the rows are
 *       touched. The same guarantees hold as for one ticket, because a batch is the one-ticket protocol
 *       applied to many rows at once; a batch that keeps losing is retried, then written ticket by
 *       ticket. Lists are split at 500 values, for Oracle's and SQL Server's limits. An issue may
 *       appear only once per call: its latest update is the one to write.</li>
 *   <li><b>AO overhead.</b> Reads stream read-only rows with explicit column lists
 *       ({@code ColumnsQuery} skips AO's regex parsing of each plain column),
 *       and inserts never read rows back.</li>
 * </ul>
 */
package io.balancepoint.store;
