package org.outturn.stats;

/**
 * The method that gave an {@link Estimate} its confidence intervals, as the Office for Health
 * Improvement and Disparities (PHEindicatormethods, Fingertips) names them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IntervalMethod {
    /** Wilson's score interval for a proportion (Wilson 1927; Newcombe 1998, method 3). */
    WILSON("Wilson score"),
    /** Byars' approximation to the Poisson limits of a count, used from 10 events (Breslow and Day 1987). */
    BYARS("Byars"),
    /** Exact Poisson limits of a count from the chi-squared distribution, used below 10 events. */
    EXACT_POISSON("Exact Poisson"),
    /** Dobson's method for a directly standardised rate (Dobson et al. 1991). */
    DOBSON("Dobson"),
    /** Student's t interval for a mean. */
    STUDENT_T("Student's t");

    private final String displayName;

    IntervalMethod(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a table prints it, such as {@code Wilson score}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
