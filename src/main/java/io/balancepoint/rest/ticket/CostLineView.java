package io.balancepoint.rest.ticket;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.DirectCostEntry;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One cost line as the API shows it. {@code id} is set for manual lines (the id of
 * {@code /tickets/{key}/costs/{id}}). {@code rateApplied} of labour lines is an hourly rate
 * derived from salaries: null unless the caller may see rates.
 */
public record CostLineView(String sourceKey, String id, CostCategory category, Money amount, BigDecimal quantity,
                           String unit, BigDecimal rateApplied, RateSource rateSource, Instant occurredAt,
                           boolean estimated, String note, String author) {

    static CostLineView of(CostLine line, boolean showRates) {
        String id = line.isManual() && line.sourceKey().startsWith(DirectCostEntry.SOURCE_PREFIX)
                ? line.sourceKey().substring(DirectCostEntry.SOURCE_PREFIX.length()) : null;
        boolean hidden = line.category() == CostCategory.LABOUR && !showRates;
        return new CostLineView(line.sourceKey(), id, line.category(), line.amount(), line.quantity(), line.unit(),
                hidden ? null : line.rateApplied(), line.rateSource(), line.occurredAt(), line.estimated(), line.note(),
                line.author());
    }
}
