package org.outturn.stats;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;
import org.outturn.core.ConfidenceInterval;

/**
 * Means with Student's t confidence intervals, as PHEindicatormethods' {@code phe_mean} (now
 * {@code calculate_mean}) publishes them.
 *
 * <p>For n values x_1 ... x_n with mean m and sample standard deviation
 * {@code s = sqrt(sum (x_i - m)^2 / (n - 1))}:
 * <pre>
 *   lower, upper = m -/+ t(1 - alpha/2; n - 1) s / sqrt(n)
 * </pre>
 * where t is the Student t quantile with n - 1 degrees of freedom and alpha = 1 - confidence.
 * Fewer than two values give {@link NotComputableReason#TOO_FEW_VALUES}; equal values give the
 * interval of the mean alone.
 *
 * <p>Precision: the mean is computed in decimal arithmetic (the sum exactly, the quotient to 16
 * significant digits); the standard deviation and limits in {@code double} (the t quantile from
 * Apache Commons Statistics), given as the shortest decimal of that double. The estimate's
 * numerator is the sum of the values and its denominator their number, with multiplier 1.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Means {

    private Means() {
    }

    /**
     * Returns the mean of values with its Student's t intervals: for example the values
     * {@code 1, 2, 3, 4, 5} have mean 3 and 95% interval 1.036757 - 4.963243.
     *
     * @param values  the values, not null and without null elements
     * @param levels  the confidence levels, at least one
     * @return the estimate with method {@link IntervalMethod#STUDENT_T}, not null
     * @throws NullPointerException if a value is null, with the message {@code values}
     * @throws IllegalArgumentException if no level is given
     */
    public static Estimate studentT(Collection<BigDecimal> values, Confidence... levels) {
        Objects.requireNonNull(values, "values");
        List<Confidence> asked = Checks.levels(levels);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(Objects.requireNonNull(value, "values"));
        }
        int n = values.size();
        BigDecimal count = BigDecimal.valueOf(n);
        if (n < 2) {
            return Estimate.notComputable(IntervalMethod.STUDENT_T, sum, count, BigDecimal.ONE,
                    NotComputableReason.TOO_FEW_VALUES);
        }
        BigDecimal mean = sum.divide(count, Checks.PRECISION);
        double m = mean.doubleValue();
        double squares = 0;
        for (BigDecimal value : values) {
            double deviation = value.doubleValue() - m;
            squares += deviation * deviation;
        }
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        TDistribution t = TDistribution.of(n - 1);
        if (squares == 0) {
            Map<Confidence, ConfidenceInterval> points = new LinkedHashMap<>();
            asked.forEach(level -> points.put(level, ConfidenceInterval.of(mean, mean)));
            return Estimate.of(IntervalMethod.STUDENT_T, sum, count, BigDecimal.ONE, mean, points);
        }
        return Estimate.of(IntervalMethod.STUDENT_T, sum, count, BigDecimal.ONE, mean,
                Checks.intervals(asked, level -> {
                    double half = t.inverseCumulativeProbability(1 - Checks.alpha(level) / 2) * standardError;
                    return new double[] {m - half, m + half};
                }));
    }
}
