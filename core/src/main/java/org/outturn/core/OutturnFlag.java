package org.outturn.core;

/**
 * A qualifier on a published outturn value.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OutturnFlag {

    /** The value is provisional and may change, as a report's {@code Provisional}. */
    PROVISIONAL,
    /** The value is an estimate. */
    ESTIMATED,
    /** The value replaces one published earlier. */
    REVISED
}
