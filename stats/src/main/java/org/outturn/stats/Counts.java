package org.outturn.stats;

/**
 * A numerator and a denominator of whole counts for one group, such as {@code 104} of {@code 7042}
 * residents, or {@code 12} events in a population of {@code 5300}: the input of the grouped
 * (pooled) methods, which sum the groups' numerators and denominators.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param numerator  the numerator (events), not negative
 * @param denominator  the denominator (people, population), not negative
 */
public record Counts(long numerator, long denominator) {

    /**
     * Checks the counts.
     *
     * @param numerator  the numerator, not negative
     * @param denominator  the denominator, not negative
     * @throws IllegalArgumentException if a count is negative, with a message such as
     *     {@code Invalid value for numerator (must not be negative): -1}
     */
    public Counts {
        Checks.notNegative("numerator", numerator);
        Checks.notNegative("denominator", denominator);
    }

    /**
     * Returns the counts of a group, such as {@code Counts.of(104, 7042)}.
     *
     * @param numerator  the numerator, not negative
     * @param denominator  the denominator, not negative
     * @return the counts, not null
     * @throws IllegalArgumentException if a count is negative
     */
    public static Counts of(long numerator, long denominator) {
        return new Counts(numerator, denominator);
    }
}
