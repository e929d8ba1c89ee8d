package org.outturn.stats;

/**
 * Why an {@link Estimate} has no value or interval: the data are valid, but the method gives no
 * result for them (a group with no population, a rate not published under 10 events).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NotComputableReason {
    /** The denominator of a proportion is zero (0 of 0). */
    ZERO_DENOMINATOR("Zero denominator"),
    /** The population of a rate is zero. */
    ZERO_POPULATION("Zero population"),
    /** There are no events where the method needs some, as for a directly standardised rate. */
    ZERO_EVENTS("Zero events"),
    /** There are fewer than 10 events, under which a directly standardised rate is not published. */
    FEWER_THAN_MINIMUM_EVENTS("Fewer than 10 events"),
    /** The expected count of an indirectly standardised ratio is zero. */
    ZERO_EXPECTED("Zero expected events"),
    /** A value the method needs is missing, such as an outturn without its numerator and denominator. */
    MISSING_VALUE("Missing value"),
    /** There are too few values, as for a mean of fewer than two values. */
    TOO_FEW_VALUES("Too few values");

    private final String displayName;

    NotComputableReason(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the reason as a table prints it, such as {@code Fewer than 10 events}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
