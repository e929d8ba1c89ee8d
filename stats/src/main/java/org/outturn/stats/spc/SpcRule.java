package org.outturn.stats.spc;

/**
 * A rule that finds a special cause on an XmR chart, as "Making Data Count" teaches them.
 *
 * <p>How each rule treats ties, gaps and phase boundaries is set out on {@link RuleSet}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SpcRule {

    /** A single point outside the process limits (an "astronomical" point). */
    OUTSIDE_LIMITS("Point outside the process limits"),
    /** A run of points, by default 7, all on one side of the mean (a "shift"). */
    RUN("Run of points on one side of the mean"),
    /** A trend of points, by default 7, each higher than the last, or each lower. */
    TREND("Trend of points rising or falling"),
    /** Two of three consecutive points beyond the same two-sigma line. */
    TWO_OF_THREE("Two of three points beyond two sigma");

    private final String displayName;

    SpcRule(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report prints it, such as {@code Run of points on one side of the mean}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
