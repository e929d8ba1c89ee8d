package org.outturn.stats;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Indirectly standardised ratios (ISRs, such as standardised mortality ratios) and rates, with
 * Poisson confidence intervals, as PHEindicatormethods' {@code calculate_ISRatio} and
 * {@code calculate_ISRate} publish them.
 *
 * <p>With O observed events in an area, and for each band i the area's population n_i and the
 * reference events R_i in a reference population N_i:
 * <pre>
 *   E     = sum(n_i R_i / N_i)                      expected events
 *   ratio = O / E x multiplier                      (1, or 100 as Fingertips often shows it)
 *   rate  = O / E x sum(R_i) / sum(N_i) x multiplier (the ISR form, per 100,000 for instance)
 *   limits: O_L / E and O_U / E, times the same factors
 * </pre>
 * where O_L and O_U are the exact Poisson limits of O below {@code byarsMinimumEvents} (default
 * {@value Rates#DEFAULT_BYARS_MINIMUM_EVENTS}) and Byars' limits from it (see {@link Rates}).
 *
 * <p>An area with no population gives {@link NotComputableReason#ZERO_POPULATION}; one whose
 * expected count is zero (the reference has no events in its bands) gives
 * {@link NotComputableReason#ZERO_EXPECTED}. Zero observed events give a ratio of 0 with an exact
 * upper limit.
 *
 * <p>Precision: E and the value are computed in decimal arithmetic to 16 significant digits; the
 * limits in {@code double}, given as the shortest decimal of that double. The estimate's numerator
 * is O and its denominator E.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StandardisedRatios {

    private StandardisedRatios() {
    }

    /**
     * Returns the standardised ratio O / E times a multiplier, with exact limits below 10 observed
     * events and Byars' from 10: {@code indirect(30, bands, 1, Confidence.NINETY_FIVE)} with 25
     * expected events is 1.2 with limits 0.8096 - 1.7131.
     *
     * @param observed  the observed events of the area, not negative
     * @param bands  the area's population and the reference's events and population per band, each
     *     band once, at least one, not null
     * @param multiplier  the multiplier, 1 or 100 usually, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException if the observed events are negative, a band is given twice
     *     ({@code Invalid value for bands (each band at most once): 0-4}), there is no band, the
     *     multiplier is not positive, or no level is given
     */
    public static Estimate indirect(long observed, List<ReferenceBand> bands, long multiplier, Confidence... levels) {
        return indirect(observed, bands, multiplier, Rates.DEFAULT_BYARS_MINIMUM_EVENTS, levels);
    }

    /**
     * Returns the standardised ratio O / E times a multiplier, naming the number of observed events
     * from which Byars' limits replace the exact ones.
     *
     * @param observed  the observed events, not negative
     * @param bands  the bands, each once, at least one, not null
     * @param multiplier  the multiplier, positive
     * @param byarsMinimumEvents  the fewest events for which Byars' limits are used, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #indirect(long, List, long, Confidence...)}, or if the
     *     minimum is not positive
     */
    public static Estimate indirect(long observed, List<ReferenceBand> bands, long multiplier,
            int byarsMinimumEvents, Confidence... levels) {
        return estimate(observed, bands, multiplier, byarsMinimumEvents, false, levels);
    }

    /**
     * Returns the indirectly standardised rate: the ratio O / E times the reference's crude rate
     * {@code sum(R_i) / sum(N_i)}, times the multiplier (such as 100000), with exact limits below 10
     * observed events and Byars' from 10.
     *
     * @param observed  the observed events, not negative
     * @param bands  the bands, each once, at least one, not null
     * @param multiplier  the rate's base, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #indirect(long, List, long, Confidence...)}
     */
    public static Estimate indirectRate(long observed, List<ReferenceBand> bands, long multiplier,
            Confidence... levels) {
        return indirectRate(observed, bands, multiplier, Rates.DEFAULT_BYARS_MINIMUM_EVENTS, levels);
    }

    /**
     * Returns the indirectly standardised rate, naming the number of observed events from which
     * Byars' limits replace the exact ones.
     *
     * @param observed  the observed events, not negative
     * @param bands  the bands, each once, at least one, not null
     * @param multiplier  the rate's base, positive
     * @param byarsMinimumEvents  the fewest events for which Byars' limits are used, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #indirect(long, List, long, int, Confidence...)}
     */
    public static Estimate indirectRate(long observed, List<ReferenceBand> bands, long multiplier,
            int byarsMinimumEvents, Confidence... levels) {
        return estimate(observed, bands, multiplier, byarsMinimumEvents, true, levels);
    }

    private static Estimate estimate(long observed, List<ReferenceBand> bands, long multiplier,
            int byarsMinimumEvents, boolean rate, Confidence... levels) {
        Checks.notNegative("observed", observed);
        Objects.requireNonNull(bands, "bands");
        BigDecimal base = BigDecimal.valueOf(Checks.positive("multiplier", multiplier));
        int byarsMinimum = Poisson.byarsMinimum(byarsMinimumEvents);
        List<Confidence> asked = Checks.levels(levels);
        if (bands.isEmpty()) {
            throw Checks.invalid("bands", "must name at least one", "none");
        }
        Set<String> seen = new HashSet<>();
        BigDecimal expected = BigDecimal.ZERO;
        long population = 0;
        long referenceEvents = 0;
        long referencePopulation = 0;
        for (ReferenceBand band : bands) {
            Objects.requireNonNull(band, "bands");
            if (!seen.add(band.band())) {
                throw Checks.invalid("bands", "each band at most once", band.band());
            }
            expected = expected.add(BigDecimal.valueOf(band.population())
                    .multiply(BigDecimal.valueOf(band.referenceEvents()))
                    .divide(BigDecimal.valueOf(band.referencePopulation()), Checks.PRECISION));
            population = Math.addExact(population, band.population());
            referenceEvents = Math.addExact(referenceEvents, band.referenceEvents());
            referencePopulation = Math.addExact(referencePopulation, band.referencePopulation());
        }
        BigDecimal events = BigDecimal.valueOf(observed);
        IntervalMethod method = Poisson.method(observed, byarsMinimum);
        if (population == 0 || expected.signum() == 0) {
            return Estimate.notComputable(method, events, expected, base,
                    population == 0 ? NotComputableReason.ZERO_POPULATION : NotComputableReason.ZERO_EXPECTED);
        }
        BigDecimal factor = rate
                ? base.multiply(BigDecimal.valueOf(referenceEvents))
                        .divide(BigDecimal.valueOf(referencePopulation), Checks.PRECISION)
                : base;
        BigDecimal value = events.multiply(factor).divide(expected, Checks.PRECISION);
        double scale = factor.doubleValue() / expected.doubleValue();
        return Estimate.of(method, events, expected, base, value, Checks.intervals(asked, level -> {
            double[] limits = Poisson.limits(observed, byarsMinimum, level);
            return new double[] {limits[0] * scale, limits[1] * scale};
        }));
    }
}
