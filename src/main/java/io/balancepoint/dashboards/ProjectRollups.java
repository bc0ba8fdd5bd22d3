package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.store.RollupRow;
import io.balancepoint.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The summed day and month measures of one project's tickets that pass one filter over a range of days, read
 * once (optionally grouped by one dimension), and the sums the dashboards take from them. The
 * source counts each ticket in one row, so the sums equal {@code metrics.FactAggregation} over the
 * same tickets.
 */
final class ProjectRollups {

    private final List<RollupRow> rows;
    private final Dimension groupBy;
    private final Currency currency;

    private ProjectRollups(List<RollupRow> rows, Dimension groupBy, Currency currency) {
        this.rows = rows;
        this.groupBy = groupBy;
        this.currency = currency;
    }

    /**
     * Reads the project's measures on the days of {@code periods} of the tickets passing {@code filter},
     * grouped by {@code groupBy} (null: not grouped): whole months inside one period from month rows,
     * the other days from day rows ({@link RollupSegments}).
     *
     * @throws IllegalStateException when a row is in another currency than the base currency: the base
     *                               currency changed and the tickets have not been recalculated, so no sum would be right
     */
    static ProjectRollups read(RollupSource source, String projectKey, PeriodIndex periods, DimensionFilter filter,
                               Dimension groupBy, Currency currency) {
        List<RollupRow> rows = new ArrayList<>();
        for (RollupSegments.Segment segment : RollupSegments.of(periods.periods())) {
            rows.addAll(source.rows(projectKey, segment.days(), segment.grain(), filter, groupBy));
        }
        for (RollupRow row : rows) {
            if (!row.key().currency().equals(currency)) {
                throw new IllegalStateException("rollups of " + projectKey + " on " + row.key().day() + " are in "
                        + row.key().currency() + " but the base currency is " + currency
                        + "; recalculate the project's tickets");
            }
        }
        return new ProjectRollups(rows, groupBy, currency);
    }

    /** The measures of every ticket read. */
    FactMeasures total() {
        FactMeasures sum = FactMeasures.zero(currency);
        for (RollupRow row : rows) {
            sum = sum.plus(row.measures());
        }
        return sum;
    }

    /** The measures per period of {@code periods}, in order; empty periods hold zero. */
    Map<Period, FactMeasures> byPeriod(PeriodIndex periods) {
        Map<Period, FactMeasures> sums = new LinkedHashMap<>();
        for (Period period : periods.periods()) {
            sums.put(period, FactMeasures.zero(currency));
        }
        for (RollupRow row : rows) {
            sums.merge(periods.periodOf(row.key().day()), row.measures(), FactMeasures::plus);
        }
        return sums;
    }

    /** The measures by value of the dimension read grouped by (sorted like {@code FactAggregation}). */
    NavigableMap<String, FactMeasures> byDimension() {
        Objects.requireNonNull(groupBy, "these rollups were read without grouping");
        NavigableMap<String, FactMeasures> sums = new TreeMap<>();
        for (RollupRow row : rows) {
            sums.merge(row.key().valueOf(groupBy), row.measures(), FactMeasures::plus);
        }
        return sums;
    }
}
