package org.outturn.core;

/**
 * How an indicator's value for a period is accumulated.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MeasureType {

    /** The value at a point in time, such as the number of children looked after at month end. */
    SNAPSHOT,
    /**
     * A cumulative value from the start of the year to the period's end, such as the number of
     * foster carers recruited year to date. A target for a year does not apply to a shorter period
     * of a cumulative measure: it needs its own profile target.
     */
    CUMULATIVE_YEAR_TO_DATE,
    /** A value over the twelve months up to the period's end. */
    ROLLING_12_MONTHS
}
