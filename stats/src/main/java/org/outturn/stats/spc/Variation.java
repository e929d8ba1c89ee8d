package org.outturn.stats.spc;

/**
 * The variation of a point or a series in the NHS "Making Data Count" sense: whether a change is
 * real (a special cause) and, read with the indicator's polarity, whether it is good or bad.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Variation {

    /** Common cause variation: nothing but the process's own noise. */
    COMMON_CAUSE("Common cause variation"),
    /** A special cause in the direction the polarity calls better. */
    SPECIAL_CAUSE_IMPROVING("Special cause variation, improving"),
    /** A special cause in the direction the polarity calls worse. */
    SPECIAL_CAUSE_CONCERNING("Special cause variation, concerning"),
    /** A special cause of an indicator whose polarity says neither direction is better. */
    SPECIAL_CAUSE_NEUTRAL("Special cause variation, neither improving nor concerning");

    private final String displayName;

    Variation(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report prints it, such as {@code Special cause variation, improving}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
