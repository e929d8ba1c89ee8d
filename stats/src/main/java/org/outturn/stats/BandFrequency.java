package org.outturn.stats;

import java.util.Objects;

/**
 * For events that are not independent (one person may have several), the number of people of an
 * age band who had a given number of events, with the band's population: for example
 * {@code BandFrequency.of("65-69", 2, 30, 5300)} says 30 of the 5300 people aged 65-69 had 2 events
 * each. The input of {@link StandardisedRates#directNonIndependent}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band  the band's label, not null
 * @param eventsPerPerson  the number of events each of these people had, not negative (a band
 *     without events is given as a row of 0 events per person or of 0 persons)
 * @param persons  the number of people with that many events, not negative
 * @param population  the band's whole population, the same on every row of the band, not negative
 */
public record BandFrequency(String band, int eventsPerPerson, long persons, long population) {

    /**
     * Checks the counts.
     *
     * @param band  the band's label, not null
     * @param eventsPerPerson  the events each person had, not negative
     * @param persons  the number of such people, not negative
     * @param population  the band's population, not negative
     * @throws IllegalArgumentException if a count is negative, with a message such as
     *     {@code Invalid value for events per person of band 0-4 (must not be negative): -1}
     */
    public BandFrequency {
        Objects.requireNonNull(band, "band");
        Checks.notNegative("events per person of band " + band, eventsPerPerson);
        Checks.notNegative("persons of band " + band, persons);
        Checks.notNegative("population of band " + band, population);
    }

    /**
     * Returns a row of a band's frequency of events.
     *
     * @param band  the band's label, not null
     * @param eventsPerPerson  the events each person had, not negative
     * @param persons  the number of such people, not negative
     * @param population  the band's population, not negative
     * @return the row, not null
     * @throws IllegalArgumentException if a count is out of range
     */
    public static BandFrequency of(String band, int eventsPerPerson, long persons, long population) {
        return new BandFrequency(band, eventsPerPerson, persons, population);
    }
}
