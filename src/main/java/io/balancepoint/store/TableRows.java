package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.metrics.FactMeasures;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The column values (upper-case column name → value) the stores write for a cost line, a ticket's
 * facts and a day rollup row, for loaders that fill the tables without Active Objects (the
 * benchmark's dataset generator uses PostgreSQL COPY). Rows written from these maps read back
 * through the stores exactly like rows the stores wrote.
 */
public final class TableRows {

    private TableRows() {
    }

    /** A stored cost line of an issue. */
    public static Map<String, Object> costLine(long issueId, String projectKey, CostLine line) {
        return CostLineRows.columns(issueId, projectKey, line);
    }

    /** A ticket's facts as first written (row version 1). */
    public static Map<String, Object> ticketFacts(TicketFacts facts) {
        return TicketFactsRows.columns(facts, FactsStore.ABSENT + 1);
    }

    /** A rollup row holding {@code measures}, with a fresh write token. */
    public static Map<String, Object> rollup(RollupKey key, FactMeasures measures) {
        return RollupColumns.columns(key, measures, ThreadLocalRandom.current().nextLong());
    }
}
