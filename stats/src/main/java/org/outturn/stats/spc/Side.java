package org.outturn.stats.spc;

/**
 * Which way a special cause points: higher or lower values. Read with the indicator's polarity, it
 * says whether the special cause is improving or concerning.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Side {

    /** Higher values: above the mean or the upper line, or a rising trend. */
    HIGH("higher values"),
    /** Lower values: below the mean or the lower line, or a falling trend. */
    LOW("lower values");

    private final String displayName;

    Side(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report prints it, such as {@code higher values}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
