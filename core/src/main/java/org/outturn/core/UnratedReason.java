package org.outturn.core;

/**
 * Why a judgement gave no RAG colour.
 *
 * <p>An unrated result is a value with a reason, never a {@code null} or a guessed colour.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnratedReason {

    /** The indicator has no target for the period, as a report's {@code No Target}. */
    NO_TARGET("No target"),
    /** The outturn has no value for the period; the outturn's {@link MissingReason} says why. */
    NO_OUTTURN("No value"),
    /** The indicator is a context measure ({@link Polarity#NONE}), never rated. */
    NOT_RATED_MEASURE("Context measure"),
    /** A target exists, but not for this period (for example an annual target and a month of a cumulative measure). */
    TARGET_NOT_FOR_PERIOD("No target for the period"),
    /** The target is relative to a benchmark that has no value for the period. */
    BENCHMARK_NOT_AVAILABLE("No benchmark value"),
    /** The outturn and the target cannot be compared, for example a value outside the unit's range. */
    NOT_COMPARABLE("Not comparable");

    private final String displayName;

    UnratedReason(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report or a table prints it, such as {@code No target}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
