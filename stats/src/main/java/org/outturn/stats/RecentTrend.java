package org.outturn.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.outturn.core.Fraction;

/**
 * Fingertips' recent trend of a proportion: the chi-squared test for trend in proportions
 * (Cochran-Armitage) over the last five points. With the points {@code i = 1 .. 5} in time order, counts
 * {@code O_i} of denominators {@code n_i}, {@code N = sum n_i} and {@code p = sum O_i / N}:
 * <pre>
 *   T      = sum(i O_i) - p sum(i n_i)
 *   V      = p (1 - p) (sum(i^2 n_i) - (sum(i n_i))^2 / N)
 *   chi^2  = T^2 / V, on 1 degree of freedom
 * </pre>
 * The trend is significant when {@code P(chi^2_1 >= chi^2) < 1 - confidence}; it is then
 * {@link Movement#INCREASING increasing} when {@code T > 0} and {@link Movement#DECREASING decreasing}
 * when {@code T < 0}, else {@link Movement#NO_SIGNIFICANT_CHANGE no significant change}. Source: Fingertips
 * technical guidance, "Recent trends"; Armitage, Berry and Matthews, <i>Statistical Methods in Medical
 * Research</i>, 4th ed., §15.7. Computed in {@code double}.
 *
 * <p>The test {@link Movement#CANNOT_BE_CALCULATED cannot be calculated}, with its {@linkplain #reason()
 * reason}, with fewer than five points, a missing point among the last five, or when every point has
 * no events or every point's count is its denominator (no variance).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecentTrend {

    /** The number of most recent points the test uses. */
    public static final int POINTS = 5;

    private final Movement movement;
    private final Confidence confidence;
    private final double chiSquared;
    private final double pValue;
    private final String reason;

    private RecentTrend(Movement movement, Confidence confidence, double chiSquared, double pValue, String reason) {
        this.movement = movement;
        this.confidence = confidence;
        this.chiSquared = chiSquared;
        this.pValue = pValue;
        this.reason = reason;
    }

    /**
     * Tests the last five points of a series of proportions for a trend.
     *
     * @param series  the points in time order, oldest first, empty for a missing point; only the last
     *     {@value #POINTS} are used, not null
     * @param confidence  the confidence of the test, such as {@link Confidence#NINETY_NINE_POINT_EIGHT}, not null
     * @return the trend, not null
     * @throws IllegalArgumentException for a point with a numerator above its denominator, as in
     *     {@code Invalid value for point 3 (numerator must not exceed denominator): 12/10}
     */
    public static RecentTrend of(List<Optional<Fraction>> series, Confidence confidence) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(confidence, "confidence");
        if (series.size() < POINTS) {
            return cannot(confidence, "the test needs " + POINTS + " points, not " + series.size());
        }
        List<Optional<Fraction>> last = series.subList(series.size() - POINTS, series.size());
        double sumN = 0;
        double sumO = 0;
        double sumIO = 0;
        double sumIN = 0;
        double sumIIN = 0;
        for (int i = 1; i <= POINTS; i++) {
            Optional<Fraction> point = Objects.requireNonNull(last.get(i - 1), "series");
            if (point.isEmpty()) {
                return cannot(confidence, "point " + i + " of the last " + POINTS + " has no value");
            }
            Fraction fraction = point.get();
            if (fraction.numerator().compareTo(fraction.denominator()) > 0) {
                throw Checks.invalid("point " + i, "numerator must not exceed denominator", fraction);
            }
            double o = fraction.numerator().doubleValue();
            double n = fraction.denominator().doubleValue();
            sumN += n;
            sumO += o;
            sumIO += i * o;
            sumIN += i * n;
            sumIIN += (double) i * i * n;
        }
        if (sumO == 0 || sumO == sumN) {
            return cannot(confidence, sumO == 0 ? "no point has any events" : "every point's count is its denominator");
        }
        double p = sumO / sumN;
        double t = sumIO - p * sumIN;
        double v = p * (1 - p) * (sumIIN - sumIN * sumIN / sumN);
        double chi = t * t / v;
        double pValue = ChiSquaredDistribution.of(1).survivalProbability(chi);
        double alpha = 1 - confidence.percent().doubleValue() / 100;
        Movement movement = pValue >= alpha ? Movement.NO_SIGNIFICANT_CHANGE
                : t > 0 ? Movement.INCREASING : Movement.DECREASING;
        return new RecentTrend(movement, confidence, chi, pValue, null);
    }

    private static RecentTrend cannot(Confidence confidence, String reason) {
        return new RecentTrend(Movement.CANNOT_BE_CALCULATED, confidence, Double.NaN, Double.NaN, reason);
    }

    /**
     * Returns the trend.
     *
     * @return the movement, not null
     */
    public Movement movement() {
        return movement;
    }

    /**
     * Returns the confidence the test was made at.
     *
     * @return the confidence, not null
     */
    public Confidence confidence() {
        return confidence;
    }

    /**
     * Returns the chi-squared statistic.
     *
     * @return the statistic, empty when the test cannot be calculated
     */
    public OptionalDouble chiSquared() {
        return movement == Movement.CANNOT_BE_CALCULATED ? OptionalDouble.empty() : OptionalDouble.of(chiSquared);
    }

    /**
     * Returns the p-value of the statistic.
     *
     * @return the p-value, empty when the test cannot be calculated
     */
    public OptionalDouble pValue() {
        return movement == Movement.CANNOT_BE_CALCULATED ? OptionalDouble.empty() : OptionalDouble.of(pValue);
    }

    /**
     * Returns why the test cannot be calculated.
     *
     * @return the reason, such as {@code the test needs 5 points, not 3}; empty when calculated
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public String toString() {
        return movement.displayName() + " at " + confidence + (reason != null ? ": " + reason
                : String.format(java.util.Locale.ROOT, " (chi-squared %.4f, p %.4g)", chiSquared, pValue));
    }
}
