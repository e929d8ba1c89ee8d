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
    NO_TARGET,
    /** The outturn has no value for the period; the outturn's {@link MissingReason} says why. */
    NO_OUTTURN,
    /** The indicator is a context measure ({@link Polarity#NONE}), never rated. */
    NOT_RATED_MEASURE,
    /** A target exists, but not for this period (for example an annual target and a month of a cumulative measure). */
    TARGET_NOT_FOR_PERIOD,
    /** The target is relative to a benchmark that has no value for the period. */
    BENCHMARK_NOT_AVAILABLE,
    /** The outturn and the target cannot be compared, for example a value outside the unit's range. */
    NOT_COMPARABLE
}
