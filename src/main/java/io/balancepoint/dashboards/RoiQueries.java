package io.balancepoint.dashboards;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.UnallocatedOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.roi.AntonRoi;
import io.balancepoint.roi.BalancePoint;
import io.balancepoint.roi.BalancePointResult;
import io.balancepoint.roi.CustomerRating;
import io.balancepoint.roi.InternalDeskSettings;
import io.balancepoint.roi.InternalValue;
import io.balancepoint.roi.ShiftLeftBasis;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.DateRange;
import io.balancepoint.time.Period;
import io.balancepoint.validation.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The ROI and balance-point dashboard items (SPEC §4). Both need each ticket of one project and
 * period (ratings, downtime, deciles by cost), so they read the facts of the tickets resolved in it —
 * bounded by project and resolution window, never a scan — and hold that period's tickets in memory.
 * A customer desk's ROI counts ratings only, so it reads just the rated tickets.
 * The month's cost for ROI comes from the day rollups plus the period overhead.
 *
 * <p>A ticket belongs to the month (period) of its latest resolution in the instance time zone, as
 * everywhere else; its CSAT rating counts in that month ({@link CustomerRating#fromFacts}).
 */
public final class RoiQueries {

    /** The longest balance-point period: a fiscal year with a 53rd week fits. */
    public static final int MAX_BALANCE_POINT_DAYS = 400;

    private final RollupSource rollups;
    private final FactsSource facts;
    private final SettingsDocument settings;
    private final Currency currency;
    private final ZoneId zone;

    /** @param settings a validated settings document (ROI, routing tiers, working time, overhead) */
    public RoiQueries(RollupSource rollups, FactsSource facts, SettingsDocument settings) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.currency = settings.currency();
        this.zone = settings.workingTime().zone();
    }

    /** The ROI of {@code projectKey} in {@code month}, by the project's model (internal desk or customer desk). */
    public ProjectRoi roi(String projectKey, YearMonth month) {
        Problems problems = new Problems();
        checkProject(projectKey, problems);
        problems.required(month, "month");
        problems.throwIfAny("invalid ROI query");

        DateRange days = new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
        MonthCost cost = monthCost(projectKey, days);
        InternalDeskSettings internalDesk = settings.roi().internalDesk();
        if (internalDesk.isInternal(projectKey)) {
            List<TicketFacts> resolved = resolvedOn(projectKey, days, DimensionFilter.all());
            ShiftLeftBasis shiftLeft = ShiftLeftBasis.fromFacts(settings.routing().supportTiers(), resolved);
            return new ProjectRoi.InternalDesk(projectKey, month, cost, InternalValue.compute(resolved, cost.fullyLoaded(),
                    internalDesk, settings.workingTime().calendar(), shiftLeft));
        }
        // A customer desk's ROI counts customers' ratings only: read just the rated tickets.
        List<TicketFacts> rated = new ArrayList<>();
        facts.ratedBetween(projectKey, startOf(days.from()), startOf(days.until()), rated::add);
        return new ProjectRoi.CustomerDesk(projectKey, month, cost,
                AntonRoi.compute(CustomerRating.fromFacts(rated), cost.fullyLoaded(), settings.roi()));
    }

    /**
     * The cost–benefit curve and balance point of the tickets of {@code projectKey} resolved on
     * {@code days} that pass {@code filter} (null = all), overall and per customer tier.
     */
    public BalancePointResult balancePoint(String projectKey, DateRange days, DimensionFilter filter) {
        Problems problems = new Problems();
        checkProject(projectKey, problems);
        if (problems.required(days, "days")) {
            if (days.until() == null) {
                problems.at("days").add("until", "is required: the balance point is for a closed period");
            } else if (days.until().toEpochDay() - days.from().toEpochDay() > MAX_BALANCE_POINT_DAYS) {
                problems.add("days", "must not span more than " + MAX_BALANCE_POINT_DAYS + " days");
            }
        }
        problems.throwIfAny("invalid balance point query");
        List<TicketFacts> resolved = resolvedOn(projectKey, days, filter == null ? DimensionFilter.all() : filter);
        return BalancePoint.analyse(resolved, settings.roi(), currency);
    }

    private MonthCost monthCost(String projectKey, DateRange days) {
        Period month = new Period(days.from(), days.until(), days.from() + ".." + days.until());
        Money ticketCost = ProjectRollups.read(rollups, projectKey, new PeriodIndex(List.of(month)), DimensionFilter.all(), null, currency)
                .total().totalCost();
        Money overhead = UnallocatedOverhead.forProject(settings.overhead(), projectKey, currency).forPeriod(month);
        return new MonthCost(ticketCost, overhead);
    }

    private List<TicketFacts> resolvedOn(String projectKey, DateRange days, DimensionFilter filter) {
        List<TicketFacts> resolved = new ArrayList<>();
        facts.resolvedBetween(projectKey, startOf(days.from()), startOf(days.until()), filter, resolved::add);
        return resolved;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static void checkProject(String projectKey, Problems problems) {
        if (problems.required(projectKey, "projectKey") && projectKey.isBlank()) {
            problems.add("projectKey", "must not be blank");
        }
    }
}
