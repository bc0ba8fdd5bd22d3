package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.store.RollupKey;
import io.balancepoint.store.RollupRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Day rows summed from ticket facts as they stream past, for the filters the rollups cannot answer
 * (several dimensions at once): only the passing tickets' sums are held, one per day, value and currency.
 */
final class FactSums implements Consumer<TicketFacts> {

    private final DimensionFilter filter;
    private final Dimension groupBy;
    private final ZoneId zone;
    private final Map<RollupKey, FactMeasures> sums = new HashMap<>();

    /** @param groupBy null or {@link Dimension#PROJECT} (rows are day totals), or one of {@link RollupKey#BROKEN_DOWN} */
    FactSums(DimensionFilter filter, Dimension groupBy, ZoneId zone) {
        this.filter = filter;
        this.groupBy = groupBy == Dimension.PROJECT ? null : groupBy;
        this.zone = zone;
    }

    @Override
    public void accept(TicketFacts ticket) {
        if (!ticket.isResolved() || !filter.matches(ticket)) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(ticket.resolvedAt(), zone);
        RollupKey key = groupBy == null
                ? RollupKey.total(ticket.projectKey(), day, ticket.totalCost().currency())
                : new RollupKey(ticket.projectKey(), day, groupBy, groupBy.valueOf(ticket), ticket.totalCost().currency());
        sums.merge(key, FactMeasures.of(ticket), FactMeasures::plus);
    }

    /** The sums so far, ordered like the rollup store's rows. */
    List<RollupRow> rows() {
        List<RollupRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, measures) -> rows.add(new RollupRow(key, measures)));
        rows.sort(Comparator.comparing(RollupRow::key, RollupKey.ORDER));
        return rows;
    }
}
