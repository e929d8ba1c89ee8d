package org.outturn.stats;

import java.util.Objects;

/**
 * One age band of indirect standardisation: the area's population in the band and the reference
 * (such as England's) events and population in the same band, from which the band's expected
 * events are {@code population x referenceEvents / referencePopulation}. For example
 * {@code ReferenceBand.of("65-69", 5300, 21000, 3000000)} expects 37.1 events.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band  the band's label, not null
 * @param population  the area's population in the band, not negative
 * @param referenceEvents  the reference events in the band, not negative
 * @param referencePopulation  the reference population in the band, positive
 */
public record ReferenceBand(String band, long population, long referenceEvents, long referencePopulation) {

    /**
     * Checks the counts.
     *
     * @param band  the band's label, not null
     * @param population  the area's population, not negative
     * @param referenceEvents  the reference events, not negative
     * @param referencePopulation  the reference population, positive
     * @throws IllegalArgumentException if a count is negative or the reference population is not
     *     positive, with a message such as
     *     {@code Invalid value for reference population of band 0-4 (must be positive): 0}
     */
    public ReferenceBand {
        Objects.requireNonNull(band, "band");
        Checks.notNegative("population of band " + band, population);
        Checks.notNegative("reference events of band " + band, referenceEvents);
        Checks.positive("reference population of band " + band, referencePopulation);
    }

    /**
     * Returns a band of indirect standardisation.
     *
     * @param band  the band's label, not null
     * @param population  the area's population, not negative
     * @param referenceEvents  the reference events, not negative
     * @param referencePopulation  the reference population, positive
     * @return the band, not null
     * @throws IllegalArgumentException if a count is out of range
     */
    public static ReferenceBand of(String band, long population, long referenceEvents, long referencePopulation) {
        return new ReferenceBand(band, population, referenceEvents, referencePopulation);
    }
}
