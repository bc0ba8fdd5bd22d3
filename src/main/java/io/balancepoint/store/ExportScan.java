package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.ao.CostLineEntity;
import io.balancepoint.store.ao.TicketFactsEntity;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * Streams everything the app stores about tickets — every cost line, every ticket's facts — one
 * row at a time, for exports: nothing is held in memory, whatever the size of the tables. Rows come
 * in a stable order (issue, then source key; issue), so two exports of the same data are equal.
 */
public final class ExportScan {

    /** Every column of a cost line row: a streamed query reads only the columns it names. */
    private static final String COST_LINE_COLUMNS = "ID, ISSUE_ID, PROJECT_KEY, SOURCE_KEY, CATEGORY, AMOUNT, CURRENCY, QUANTITY,"
            + " UNIT, RATE_APPLIED, RATE_SOURCE, OCCURRED_AT, ESTIMATED, NOTE, AUTHOR_KEY";

    private final AoStorage storage;

    public ExportScan(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** One stored cost line with the ticket it belongs to. */
    public record LedgerRow(long issueId, String projectKey, CostLine line) {
    }

    /** Every cost line, of one project or (empty) all. */
    public void forEachCostLine(Optional<String> projectKey, Consumer<LedgerRow> action) {
        Query query = Query.select(COST_LINE_COLUMNS);
        query = projectKey.isPresent() ? query.where("PROJECT_KEY = ?", projectKey.get()) : query;
        storage.stream(CostLineEntity.class, query.order(CostLineRows.ISSUE_ID + ", " + CostLineRows.SOURCE_KEY),
                row -> action.accept(new LedgerRow(row.getIssueId(), row.getProjectKey(), CostLineRows.line(row))));
    }

    /** Every ticket's facts, resolved or open, of one project or (empty) all. */
    public void forEachFacts(Optional<String> projectKey, Consumer<TicketFacts> action) {
        Query query = Query.select(TicketFactsRows.ALL_COLUMNS);
        query = projectKey.isPresent() ? query.where("PROJECT_KEY = ?", projectKey.get()) : query;
        storage.stream(TicketFactsEntity.class, query.order(TicketFactsRows.ISSUE_ID),
                row -> action.accept(TicketFactsRows.facts(row)));
    }
}
