package org.outturn.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Directly standardised rates (DSRs) with Dobson's confidence intervals, as PHEindicatormethods'
 * {@code phe_dsr} (now {@code calculate_dsr}) and Fingertips publish them.
 *
 * <p>For each band i of the standard population, with o_i events, population n_i and standard
 * weight w_i, and O = sum o_i events in all (Dobson et al. 1991; Breslow and Day 1987):
 * <pre>
 *   DSR      = sum(w_i o_i / n_i) / sum(w_i) x multiplier
 *   var(DSR) = sum(w_i^2 o_i / n_i^2) / sum(w_i)^2
 *   lower, upper = DSR + sqrt(var(DSR) / O) (O_L - O, O_U - O) x multiplier
 * </pre>
 * where O_L and O_U are Byars' limits of O (see {@link Rates}). For events that are not independent
 * (one person with several), {@link #directNonIndependent} replaces var(DSR) by
 * {@code sum over f of f^2 sum(w_i^2 p_if / n_i^2) / sum(w_i)^2}, p_if being the people of band i
 * with f events, and counts o_i = sum f p_if.
 *
 * <p>Bands are matched to the standard population by label, never by position: a band the standard
 * does not have, a band of the standard that is missing, or a band given twice is an error naming
 * it. A DSR is not given for fewer than 10 events ({@link NotComputableReason#FEWER_THAN_MINIMUM_EVENTS},
 * or {@link NotComputableReason#ZERO_EVENTS} for none), nor where a band's population is zero
 * ({@link NotComputableReason#ZERO_POPULATION}).
 *
 * <p>Precision: the value and limits are computed in {@code double}, as the reference computes them,
 * and given as the shortest decimal of that double (about 15 significant digits), not rounded. The
 * estimate's numerator is O and its denominator the total population.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StandardisedRates {

    /** The fewest events for which a DSR is given, 10. */
    public static final int MINIMUM_EVENTS = 10;

    private StandardisedRates() {
    }

    /**
     * Returns the DSR of an area's bands against a standard population, for independent events,
     * such as {@code direct(bands, StandardPopulation.europeanStandard2013(), 100_000, Confidence.NINETY_FIVE)}.
     *
     * @param bands  the events and population of each band of the standard, in any order, not null
     * @param standard  the standard population, not null
     * @param multiplier  the rate's base, such as 100000, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate with method {@link IntervalMethod#DOBSON}, not null
     * @throws IllegalArgumentException if a band is not in the standard
     *     ({@code Invalid value for band (not a band of the European Standard Population 2013, whose bands are 0-4, ..., 90+): 95+}),
     *     a band of the standard is missing
     *     ({@code Invalid value for bands (missing a band of the European Standard Population 2013): 90+}),
     *     a band is given twice ({@code Invalid value for bands (each band at most once): 0-4}), a band
     *     has events but no population
     *     ({@code Invalid value for events of band 0-4 (must be 0 when the population is 0): 3}), the
     *     multiplier is not positive or no level is given
     */
    public static Estimate direct(List<BandCounts> bands, StandardPopulation standard, long multiplier,
            Confidence... levels) {
        Objects.requireNonNull(standard, "standard");
        Map<String, List<BandCounts>> matched = Bands.match(bands, BandCounts::band, standard, true);
        List<Terms> terms = new ArrayList<>();
        for (Map.Entry<String, List<BandCounts>> entry : matched.entrySet()) {
            BandCounts band = entry.getValue().get(0);
            terms.add(Terms.of(standard, band.band(), band.events(), band.population(), band.events()));
        }
        return dobson(terms, multiplier, levels);
    }

    /**
     * Returns the DSR of an area's bands for events that are not independent (one person may have
     * several, such as admissions), from the number of people of each band with each number of events.
     *
     * @param rows  for each band of the standard, one or more rows of people by events per person;
     *     not null
     * @param standard  the standard population, not null
     * @param multiplier  the rate's base, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate with method {@link IntervalMethod#DOBSON}, not null
     * @throws IllegalArgumentException as {@link #direct(List, StandardPopulation, long, Confidence...)}
     *     (except that a band has several rows), or if the rows of a band disagree on its population
     *     ({@code Invalid value for population of band 0-4 (must be the same on every row of the band, 1000): 1200})
     * @throws ArithmeticException if a band's events overflow a {@code long}
     */
    public static Estimate directNonIndependent(List<BandFrequency> rows, StandardPopulation standard,
            long multiplier, Confidence... levels) {
        Objects.requireNonNull(standard, "standard");
        Map<String, List<BandFrequency>> matched = Bands.match(rows, BandFrequency::band, standard, false);
        List<Terms> terms = new ArrayList<>();
        for (Map.Entry<String, List<BandFrequency>> entry : matched.entrySet()) {
            long population = entry.getValue().get(0).population();
            long bandEvents = 0;
            double squares = 0;
            for (BandFrequency row : entry.getValue()) {
                if (row.population() != population) {
                    throw Checks.invalid("population of band " + row.band(),
                            "must be the same on every row of the band, " + population, row.population());
                }
                bandEvents = Math.addExact(bandEvents, Math.multiplyExact(row.eventsPerPerson(), row.persons()));
                squares += (double) row.eventsPerPerson() * row.eventsPerPerson() * row.persons();
            }
            terms.add(Terms.of(standard, entry.getKey(), bandEvents, population, squares));
        }
        return dobson(terms, multiplier, levels);
    }

    /**
     * One band's terms: its standard weight w, events o, population n, and the variance term (o for
     * independent events, sum f^2 p_f otherwise).
     */
    private record Terms(double weight, double events, double population, double variance) {

        static Terms of(StandardPopulation standard, String band, long events, long population, double variance) {
            if (population == 0 && events > 0) {
                throw Checks.invalid("events of band " + band, "must be 0 when the population is 0", events);
            }
            return new Terms(standard.weights().get(band).doubleValue(), events, population, variance);
        }
    }

    private static Estimate dobson(List<Terms> terms, long multiplier, Confidence... levels) {
        BigDecimal base = BigDecimal.valueOf(Checks.positive("multiplier", multiplier));
        List<Confidence> asked = Checks.levels(levels);
        double totalEvents = 0;
        double totalPopulation = 0;
        double totalWeight = 0;
        boolean emptyBand = false;
        for (Terms band : terms) {
            totalEvents += band.events();
            totalPopulation += band.population();
            totalWeight += band.weight();
            emptyBand |= band.population() == 0;
        }
        BigDecimal numerator = BigDecimal.valueOf((long) totalEvents);
        BigDecimal denominator = BigDecimal.valueOf((long) totalPopulation);
        NotComputableReason reason = emptyBand ? NotComputableReason.ZERO_POPULATION
                : totalEvents == 0 ? NotComputableReason.ZERO_EVENTS
                : totalEvents < MINIMUM_EVENTS ? NotComputableReason.FEWER_THAN_MINIMUM_EVENTS
                : null;
        if (reason != null) {
            return Estimate.notComputable(IntervalMethod.DOBSON, numerator, denominator, base, reason);
        }
        double weighted = 0;
        double squared = 0;
        for (Terms band : terms) {
            double share = band.weight() / band.population();
            weighted += share * band.events();
            squared += share * share * band.variance();
        }
        double m = multiplier;
        double dsr = weighted / totalWeight * m;
        double spread = Math.sqrt(squared / (totalWeight * totalWeight) / totalEvents) * m;
        double observed = totalEvents;
        return Estimate.of(IntervalMethod.DOBSON, numerator, denominator, base, Checks.decimal(dsr),
                Checks.intervals(asked, level -> new double[] {
                    dsr + spread * (Poisson.byarsLower(observed, level) - observed),
                    dsr + spread * (Poisson.byarsUpper(observed, level) - observed)}));
    }
}
