package org.outturn.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * Crude rates of events in a population, and counts, with Poisson confidence intervals, as
 * PHEindicatormethods' {@code phe_rate} (now {@code calculate_rate}) and Fingertips publish them.
 *
 * <p>For O events in a population n, the rate is {@code O / n x multiplier} (per 100, 1,000, 10,000
 * or 100,000, or any positive multiplier). The limits are those of the count O divided by n and
 * multiplied:
 * <ul>
 *   <li>from {@value #DEFAULT_BYARS_MINIMUM_EVENTS} events (the default of the named parameter
 *       {@code byarsMinimumEvents}), Byars' approximation (Breslow and Day 1987):
 *       {@code O_L = O (1 - 1/(9 O) - z/(3 sqrt O))^3},
 *       {@code O_U = (O + 1) (1 - 1/(9 (O + 1)) + z/(3 sqrt(O + 1)))^3};</li>
 *   <li>below it, the exact Poisson limits from the chi-squared distribution:
 *       {@code O_L = chi2(alpha/2; 2 O) / 2} (0 when O = 0), {@code O_U = chi2(1 - alpha/2; 2 O + 2) / 2},
 *       where alpha = 1 - confidence.</li>
 * </ul>
 * The estimate's method says which was used ({@link IntervalMethod#BYARS} or
 * {@link IntervalMethod#EXACT_POISSON}). Zero events give a rate of 0 with an exact upper limit.
 *
 * <p>Precision: the value is {@code O x multiplier / n} in decimal arithmetic, exact where it
 * terminates and otherwise to 16 significant digits; the limits are computed in {@code double} (the
 * chi-squared quantiles from Apache Commons Statistics, relative accuracy about 1e-14) and given as
 * the shortest decimal of that double, not rounded to a published scale.
 *
 * <p>A population of zero gives a {@linkplain NotComputableReason#ZERO_POPULATION not computable}
 * estimate; negative counts and a multiplier that is not positive are errors.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Rates {

    /**
     * The default of {@code byarsMinimumEvents}: Byars' limits from 10 events, exact Poisson limits
     * below, as in PHEindicatormethods.
     */
    public static final int DEFAULT_BYARS_MINIMUM_EVENTS = 10;

    private Rates() {
    }

    /**
     * Returns a crude rate with its intervals, exact below 10 events and Byars' from 10: for example
     * {@code crude(65, 100_000, 100_000, Confidence.NINETY_FIVE)} is 65 per 100,000 with Byars'
     * limits 50.16 - 82.85.
     *
     * @param events  the number of events, not negative
     * @param population  the population, not negative
     * @param multiplier  the rate's base, such as 100000, positive
     * @param levels  the confidence levels, at least one; repeated levels are given once
     * @return the estimate, not null
     * @throws IllegalArgumentException if a count is negative
     *     ({@code Invalid value for events (must not be negative): -1}), the multiplier is not positive
     *     ({@code Invalid value for multiplier (must be positive): 0}) or no level is given
     */
    public static Estimate crude(long events, long population, long multiplier, Confidence... levels) {
        return crude(events, population, multiplier, DEFAULT_BYARS_MINIMUM_EVENTS, levels);
    }

    /**
     * Returns a crude rate with its intervals, naming the number of events from which Byars' limits
     * replace the exact ones.
     *
     * @param events  the number of events, not negative
     * @param population  the population, not negative
     * @param multiplier  the rate's base, positive
     * @param byarsMinimumEvents  the fewest events for which Byars' limits are used, positive;
     *     {@value #DEFAULT_BYARS_MINIMUM_EVENTS} by default
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #crude(long, long, long, Confidence...)}, or if the
     *     minimum is not positive ({@code Invalid value for Byars minimum events (must be positive): 0})
     */
    public static Estimate crude(long events, long population, long multiplier, int byarsMinimumEvents,
            Confidence... levels) {
        Checks.notNegative("events", events);
        Checks.notNegative("population", population);
        return of(BigDecimal.valueOf(events), BigDecimal.valueOf(population),
                BigDecimal.valueOf(Checks.positive("multiplier", multiplier)),
                Poisson.byarsMinimum(byarsMinimumEvents), Checks.levels(levels));
    }

    /**
     * Returns a count with its Poisson intervals (a rate with population 1 and multiplier 1), exact
     * below 10 and Byars' from 10: {@code count(5, Confidence.NINETY_FIVE)} is 5 with the exact limits
     * 1.623486 - 11.668332.
     *
     * @param events  the number of events, not negative
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException if the count is negative or no level is given
     */
    public static Estimate count(long events, Confidence... levels) {
        return crude(events, 1, 1, levels);
    }

    /** The rate estimate of decimal counts (an outturn's fraction), checked. */
    static Estimate of(BigDecimal events, BigDecimal population, BigDecimal multiplier, int byarsMinimum,
            List<Confidence> levels) {
        Checks.notNegative("events", events);
        Checks.notNegative("population", population);
        double observed = events.doubleValue();
        IntervalMethod method = Poisson.method(observed, byarsMinimum);
        if (population.signum() == 0) {
            return Estimate.notComputable(method, events, population, multiplier, NotComputableReason.ZERO_POPULATION);
        }
        BigDecimal value = events.multiply(multiplier).divide(population, Checks.PRECISION);
        double scale = multiplier.doubleValue() / population.doubleValue();
        return Estimate.of(method, events, population, multiplier, value,
                Checks.intervals(levels, level -> {
                    double[] limits = Poisson.limits(observed, byarsMinimum, level);
                    return new double[] {limits[0] * scale, limits[1] * scale};
                }));
    }
}
