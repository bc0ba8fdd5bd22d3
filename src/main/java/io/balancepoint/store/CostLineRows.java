package io.balancepoint.store;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.ao.CostLineEntity;
import io.balancepoint.store.ao.Decimals;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/** Converts cost lines to {@link CostLineEntity} columns and back. */
final class CostLineRows {

    static final String ID = "ID";
    static final String ISSUE_ID = "ISSUE_ID";
    static final String SOURCE_KEY = "SOURCE_KEY";

    /** Every column, for streaming queries (streamed entities hold only the selected columns). */
    static final String ALL_COLUMNS = String.join(", ", ID, ISSUE_ID, "PROJECT_KEY", SOURCE_KEY, "CATEGORY", "AMOUNT",
            "CURRENCY", "QUANTITY", "UNIT", "RATE_APPLIED", "RATE_SOURCE", "OCCURRED_AT", "ESTIMATED", "NOTE", "AUTHOR_KEY");

    /** Columns written per row (all but the generated ID), to size the column maps. */
    private static final int COLUMNS = ALL_COLUMNS.split(",").length - 1;

    private CostLineRows() {
    }

    /** The columns of a line as stored: two lines are stored alike exactly when their column maps are equal. */
    static Map<String, Object> columns(long issueId, String projectKey, CostLine line) {
        Map<String, Object> row = HashMap.newHashMap(COLUMNS);
        row.put(ISSUE_ID, issueId);
        row.put("PROJECT_KEY", projectKey);
        row.put(SOURCE_KEY, line.sourceKey());
        row.put("CATEGORY", line.category().name());
        row.put("AMOUNT", Decimals.write(line.amount().amount()));
        row.put("CURRENCY", line.amount().currency().getCurrencyCode());
        row.put("QUANTITY", Decimals.write(line.quantity()));
        row.put("UNIT", line.unit());
        row.put("RATE_APPLIED", Decimals.write(line.rateApplied()));
        row.put("RATE_SOURCE", line.rateSource().name());
        row.put("OCCURRED_AT", EpochMillis.of(line.occurredAt()));
        row.put("ESTIMATED", line.estimated());
        row.put("NOTE", line.note());
        row.put("AUTHOR_KEY", line.author());
        return row;
    }

    static CostLine line(CostLineEntity row) {
        return new CostLine(
                row.getSourceKey(),
                CostCategory.valueOf(row.getCategory()),
                Money.of(Decimals.read(row.getAmount()), Currency.getInstance(row.getCurrency())),
                Decimals.read(row.getQuantity()),
                row.getUnit(),
                Decimals.read(row.getRateApplied()),
                RateSource.valueOf(row.getRateSource()),
                EpochMillis.instant(row.getOccurredAt()),
                row.isEstimated(),
                row.getNote(),
                row.getAuthorKey());
    }
}
