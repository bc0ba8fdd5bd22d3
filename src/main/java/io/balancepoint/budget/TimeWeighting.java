package io.balancepoint.budget;

/**
 * How an amount is shared among the sub-periods of a period when targets are decomposed in time.
 */
public enum TimeWeighting {
    /**
     * In proportion to working days (the working calendar's weekdays minus holidays); days that
     * are not working days get nothing. The default: spending follows the days the desk is open.
     */
    WORKING_DAYS,
    /** In proportion to calendar days, every day alike. */
    CALENDAR_DAYS,
    /** Equal parts for every sub-period, whatever its length (a quarter is a quarter). */
    EQUAL
}
