/**
 * Persistence of Balance Point on Active Objects: the cost ledger, ticket facts and day rollups,
 * written together by {@link io.balancepoint.store.TicketWriter}.
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
 *       cannot hold the 34-digit results of divisions (hourly rates from salaries) exactly.</li>
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
 *       compute over live facts — counted on the day of its latest resolution in the instance zone; a
 *       write moves it from the old facts' key to the new one. Rows that reach zero are deleted and
 *       amounts are stored canonically, so incremental rollups always equal a rebuild from facts.</li>
 *   <li><b>Idempotent.</b> A write that finds the same lines and facts stored writes nothing.</li>
 * </ul>
 */
package io.balancepoint.store;
