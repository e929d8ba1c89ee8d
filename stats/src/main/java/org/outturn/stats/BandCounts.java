package org.outturn.stats;

import java.util.Objects;

/**
 * The events and population of one age band of an area, such as {@code 12} deaths among
 * {@code 5300} people aged {@code 65-69}: the input of direct and indirect standardisation.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band  the band's label, matched to a standard population's band of the same label, not null
 * @param events  the events in the band, not negative
 * @param population  the band's population, not negative
 */
public record BandCounts(String band, long events, long population) {

    /**
     * Checks the counts.
     *
     * @param band  the band's label, not null
     * @param events  the events, not negative
     * @param population  the population, not negative
     * @throws IllegalArgumentException if a count is negative, with a message such as
     *     {@code Invalid value for events of band 0-4 (must not be negative): -1}
     */
    public BandCounts {
        Objects.requireNonNull(band, "band");
        Checks.notNegative("events of band " + band, events);
        Checks.notNegative("population of band " + band, population);
    }

    /**
     * Returns the counts of a band, such as {@code BandCounts.of("65-69", 12, 5300)}.
     *
     * @param band  the band's label, not null
     * @param events  the events, not negative
     * @param population  the population, not negative
     * @return the counts, not null
     * @throws IllegalArgumentException if a count is negative
     */
    public static BandCounts of(String band, long events, long population) {
        return new BandCounts(band, events, population);
    }
}
