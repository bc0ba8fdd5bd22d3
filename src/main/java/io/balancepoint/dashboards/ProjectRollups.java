package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.store.RollupRow;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The day rollups of one project over a range of days, read once, and the sums the dashboards take
 * from them. A row passes a {@link DimensionFilter} by its key's dimension values, which are
 * exactly the values its tickets' facts have, so the sums equal {@code metrics.FactAggregation}
 * over the same tickets.
 */
final class ProjectRollups {

    private final List<RollupRow> rows;
    private final Currency currency;

    private ProjectRollups(List<RollupRow> rows, Currency currency) {
        this.rows = rows;
        this.currency = currency;
    }

    /**
     * Reads the project's rows on {@code days}.
     *
     * @throws IllegalStateException when a row is in another currency than the base currency: the base
     *                               currency changed and the tickets have not been recalculated, so no sum would be right
     */
    static ProjectRollups read(RollupSource source, String projectKey, DateRange days, Currency currency) {
        List<RollupRow> rows = List.copyOf(source.rows(projectKey, days));
        for (RollupRow row : rows) {
            if (!row.key().currency().equals(currency)) {
                throw new IllegalStateException("rollups of " + projectKey + " on " + row.key().day() + " are in "
                        + row.key().currency() + " but the base currency is " + currency
                        + "; recalculate the project's tickets");
            }
        }
        return new ProjectRollups(rows, currency);
    }

    /** The measures of every row that passes {@code filter}. */
    FactMeasures total(DimensionFilter filter) {
        FactMeasures sum = FactMeasures.zero(currency);
        for (RollupRow row : rows) {
            if (passes(row, filter)) {
                sum = sum.plus(row.measures());
            }
        }
        return sum;
    }

    /** The measures of the rows that pass {@code filter}, per period of {@code periods}, in order; empty periods hold zero. */
    Map<Period, FactMeasures> byPeriod(PeriodIndex periods, DimensionFilter filter) {
        Map<Period, FactMeasures> sums = new LinkedHashMap<>();
        for (Period period : periods.periods()) {
            sums.put(period, FactMeasures.zero(currency));
        }
        for (RollupRow row : rows) {
            if (passes(row, filter)) {
                sums.merge(periods.periodOf(row.key().day()), row.measures(), FactMeasures::plus);
            }
        }
        return sums;
    }

    /** The measures of the rows that pass {@code filter}, by their value in {@code dimension} (sorted like {@code FactAggregation}). */
    NavigableMap<String, FactMeasures> byDimension(Dimension dimension, DimensionFilter filter) {
        NavigableMap<String, FactMeasures> sums = new TreeMap<>();
        for (RollupRow row : rows) {
            if (passes(row, filter)) {
                sums.merge(row.key().valueOf(dimension), row.measures(), FactMeasures::plus);
            }
        }
        return sums;
    }

    private static boolean passes(RollupRow row, DimensionFilter filter) {
        return filter.matches(row.key()::valueOf);
    }
}
