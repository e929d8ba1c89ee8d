package org.outturn.core;

/**
 * How {@link PublishedTarget} reads a printed range of two numbers, such as {@code 95-90%} or
 * {@code 12 - 18}.
 *
 * <p>A report's range is ambiguous: {@code 95-90%} on a higher-is-better indicator is two thresholds
 * (green at 95 or more, red below 90), while {@code 12 - 18} on a caseload is a band where both sides
 * are worse. Some reports print an acceptable band on a directional indicator: the seed report's
 * {@code 12-0%} for a lower-is-better measure is published GREEN at 11%, which only {@link #BAND}
 * reproduces. The default, {@link #BY_POLARITY}, follows the indicator's polarity; the other two
 * constants override it for a whole column or a single cell.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RangeReading {

    /**
     * The default: two thresholds for {@link Polarity#HIGHER_IS_BETTER} and
     * {@link Polarity#LOWER_IS_BETTER} (as {@link #THRESHOLDS}), a band for {@link Polarity#WITHIN_BAND}
     * (as {@link #BAND}); a range on an indicator of polarity {@link Polarity#NONE} is an error.
     */
    BY_POLARITY,
    /**
     * Two thresholds, whatever the order printed: the better number by the polarity is the green
     * threshold and the worse the red one, so {@code 95-90%} and {@code 90-95%} are both green 95 and
     * red 90 when higher is better, and both green 90 and red 95 when lower is better. Needs a
     * directional polarity.
     */
    THRESHOLDS,
    /**
     * A band of acceptable values, both bounds inclusive, whatever the order printed and whatever the
     * polarity: {@code 12-0%} is the band {@code 0 - 12}.
     */
    BAND
}
