package org.outturn.stats;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Proportions with Wilson score confidence intervals, as PHEindicatormethods' {@code phe_proportion}
 * (now {@code calculate_proportion}) and Fingertips publish them.
 *
 * <p>For a numerator O of a denominator n at confidence with two-sided normal quantile z (1.959964
 * at 95%, 3.090232 at 99.8%), the proportion is p = O / n and the limits are (Wilson 1927;
 * Newcombe 1998, method 3):
 * <pre>
 *   lower, upper = (2 O + z^2 -/+ z sqrt(z^2 + 4 O (1 - p))) / (2 (n + z^2))
 * </pre>
 * each multiplied by the multiplier (1 for a proportion, 100 for a percentage). The limits are
 * exactly 0 when O = 0 and exactly the multiplier when O = n.
 *
 * <p>Precision: the value is {@code O x multiplier / n} in decimal arithmetic, exact where it
 * terminates and otherwise to 16 significant digits (half-even); the limits are computed in
 * {@code double}, as the reference computes them, and given as the shortest decimal of that double
 * (about 15 significant digits). Neither is rounded to a published scale.
 *
 * <p>A denominator of zero gives a {@linkplain NotComputableReason#ZERO_DENOMINATOR not computable}
 * estimate; negative counts, a numerator above the denominator and a multiplier that is not positive
 * are errors.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Proportions {

    private Proportions() {
    }

    /**
     * Returns a proportion (multiplier 1) with its Wilson score intervals, such as
     * {@code wilson(104, 7042, Confidence.NINETY_FIVE)}: 0.0147685..., 95% 0.012204 - 0.017862.
     *
     * @param numerator  the numerator, not negative and not above the denominator
     * @param denominator  the denominator, not negative
     * @param levels  the confidence levels, at least one; repeated levels are given once
     * @return the estimate with method {@link IntervalMethod#WILSON}, not null
     * @throws IllegalArgumentException if a count is negative
     *     ({@code Invalid value for numerator (must not be negative): -1}), the numerator exceeds the
     *     denominator ({@code Invalid value for numerator (must not exceed the denominator 10): 11}) or
     *     no level is given ({@code Invalid value for confidence levels (must name at least one): none})
     */
    public static Estimate wilson(long numerator, long denominator, Confidence... levels) {
        return wilson(numerator, denominator, 1, levels);
    }

    /**
     * Returns a percentage (multiplier 100) with its Wilson score intervals, such as
     * {@code wilsonPercentage(104, 7042, Confidence.NINETY_FIVE)}: 1.47685..., 95% 1.2204 - 1.7862.
     *
     * @param numerator  the numerator, not negative and not above the denominator
     * @param denominator  the denominator, not negative
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #wilson(long, long, Confidence...)}
     */
    public static Estimate wilsonPercentage(long numerator, long denominator, Confidence... levels) {
        return wilson(numerator, denominator, 100, levels);
    }

    /**
     * Returns a proportion times a multiplier, such as 100 for a percentage or 1,000 for a proportion
     * per 1,000, with its Wilson score intervals.
     *
     * @param numerator  the numerator, not negative and not above the denominator
     * @param denominator  the denominator, not negative
     * @param multiplier  the multiplier, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate, not null
     * @throws IllegalArgumentException as {@link #wilson(long, long, Confidence...)}, or if the
     *     multiplier is not positive ({@code Invalid value for multiplier (must be positive): 0})
     */
    public static Estimate wilson(long numerator, long denominator, long multiplier, Confidence... levels) {
        Checks.notNegative("numerator", numerator);
        Checks.notNegative("denominator", denominator);
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                BigDecimal.valueOf(Checks.positive("multiplier", multiplier)), Checks.levels(levels));
    }

    /**
     * Returns the proportion of groups taken together, times a multiplier: the Wilson score interval
     * of the summed numerators over the summed denominators, as {@code calculate_proportion} does for
     * a grouped table. For example groups {@code 3/10} and {@code 5/30} give {@code 8/40}.
     *
     * @param groups  the groups' counts, at least one, not null
     * @param multiplier  the multiplier, positive
     * @param levels  the confidence levels, at least one
     * @return the estimate of the pooled counts, not null
     * @throws IllegalArgumentException if there is no group
     *     ({@code Invalid value for groups (must name at least one): none}), or as
     *     {@link #wilson(long, long, long, Confidence...)} for the summed counts
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    public static Estimate wilsonPooled(Collection<Counts> groups, long multiplier, Confidence... levels) {
        Objects.requireNonNull(groups, "groups");
        if (groups.isEmpty()) {
            throw Checks.invalid("groups", "must name at least one", "none");
        }
        long numerator = 0;
        long denominator = 0;
        for (Counts group : groups) {
            Objects.requireNonNull(group, "groups");
            numerator = Math.addExact(numerator, group.numerator());
            denominator = Math.addExact(denominator, group.denominator());
        }
        return wilson(numerator, denominator, multiplier, levels);
    }

    /**
     * The Wilson estimate of decimal counts (an outturn's fraction may be weighted), checked.
     */
    static Estimate of(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier, List<Confidence> levels) {
        Checks.notNegative("numerator", numerator);
        Checks.notNegative("denominator", denominator);
        if (numerator.compareTo(denominator) > 0) {
            throw Checks.invalid("numerator", "must not exceed the denominator " + denominator.toPlainString(),
                    numerator.toPlainString());
        }
        if (denominator.signum() == 0) {
            return Estimate.notComputable(IntervalMethod.WILSON, numerator, denominator, multiplier,
                    NotComputableReason.ZERO_DENOMINATOR);
        }
        BigDecimal value = numerator.multiply(multiplier).divide(denominator, Checks.PRECISION);
        double o = numerator.doubleValue();
        double n = denominator.doubleValue();
        double m = multiplier.doubleValue();
        boolean none = numerator.signum() == 0;
        boolean all = numerator.compareTo(denominator) == 0;
        return Estimate.of(IntervalMethod.WILSON, numerator, denominator, multiplier, value,
                Checks.intervals(levels, level -> {
                    double z = level.z();
                    double centre = 2 * o + z * z;
                    double spread = z * Math.sqrt(z * z + 4 * o * (1 - o / n));
                    double scale = 2 * (n + z * z);
                    double lower = none ? 0 : (centre - spread) / scale * m;
                    double upper = all ? m : (centre + spread) / scale * m;
                    return new double[] {lower, upper};
                }));
    }
}
