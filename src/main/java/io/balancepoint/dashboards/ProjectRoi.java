package io.balancepoint.dashboards;

import io.balancepoint.roi.AntonRoiResult;
import io.balancepoint.roi.InternalValueResult;
import java.time.YearMonth;

/**
 * The ROI of one project-month, by the model the settings give the project: Anton's customer
 * lifetime value model, or productivity restored for an internal desk (SPEC §4).
 */
public sealed interface ProjectRoi {

    String projectKey();

    YearMonth month();

    /** The month's fully loaded cost the ROI is computed against (also inside the result). */
    MonthCost cost();

    /** A customer service desk: {@link io.balancepoint.roi.AntonRoi}. */
    record CustomerDesk(String projectKey, YearMonth month, MonthCost cost, AntonRoiResult result) implements ProjectRoi {
    }

    /** An internal desk ({@code roi.internalDesk.projectKeys}): {@link io.balancepoint.roi.InternalValue}. */
    record InternalDesk(String projectKey, YearMonth month, MonthCost cost, InternalValueResult result) implements ProjectRoi {
    }
}
