package org.outturn.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.Fraction;

/**
 * The control limits of a funnel plot of areas, and each area's significance, by a named
 * {@link FunnelMethod}: proportions ({@link #proportions(List, BigDecimal)}), indirectly standardised
 * ratios ({@link #ratios(List, BigDecimal)}) and crude rates ({@link #rates(List, BigDecimal)}).
 *
 * <pre>{@code
 * FunnelPlot plot = FunnelPlot.proportions(areas, BigDecimal.valueOf(100));   // percentages
 * plot.limits(BigDecimal.valueOf(400), Confidence.NINETY_FIVE);             // 40.2 - 59.8 around 50%
 * plot.significance(Fraction.of(260, 400));                                  // HIGH_99_8
 * }</pre>
 *
 * <p>Limits are computed in {@code double}, as the reference methods do, and given as the shortest
 * decimal of that double (about 15 significant digits, not rounded to a published scale); an area's significance is decided in {@code double} on the unrounded limits, a value on a
 * limit being within it, as {@code phe_funnel_significance} does ({@code <} and {@code >}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelPlot {

    private final FunnelMethod method;
    private final double average;
    private final BigDecimal multiplier;
    private final double minDenominator;
    private final double maxDenominator;

    private FunnelPlot(FunnelMethod method, double average, BigDecimal multiplier, double minDenominator,
            double maxDenominator) {
        this.method = method;
        this.average = average;
        this.multiplier = multiplier;
        this.minDenominator = minDenominator;
        this.maxDenominator = maxDenominator;
    }

    /**
     * Returns the funnel plot of proportions by {@link FunnelMethod#PROPORTION_WILSON}, around the
     * average of the areas.
     *
     * @param areas  each area's numerator and denominator, at least one, not null
     * @param multiplier  the multiplier of the values, such as 100 for percentages, positive, not null
     * @return the plot, not null
     * @throws IllegalArgumentException for no areas, a non-positive multiplier, a zero denominator or a
     *     numerator above its denominator, as in
     *     {@code Invalid value for area 2 (numerator must not exceed denominator): 12/10}
     */
    public static FunnelPlot proportions(List<Fraction> areas, BigDecimal multiplier) {
        return of(FunnelMethod.PROPORTION_WILSON, areas, multiplier);
    }

    /**
     * Returns the funnel plot of indirectly standardised ratios (observed / expected) by
     * {@link FunnelMethod#RATIO_POISSON}, around 1.
     *
     * @param areas  each area's observed count (numerator) and expected count (denominator), at least
     *     one, not null
     * @param multiplier  the multiplier of the ratios, such as 100 for a standardised ratio of 100, positive,
     *     not null
     * @return the plot, not null
     * @throws IllegalArgumentException for no areas, a non-positive multiplier or a zero expected count
     */
    public static FunnelPlot ratios(List<Fraction> areas, BigDecimal multiplier) {
        return of(FunnelMethod.RATIO_POISSON, areas, multiplier);
    }

    /**
     * Returns the funnel plot of crude rates by {@link FunnelMethod#RATE_POISSON}, around the average
     * rate of the areas.
     *
     * @param areas  each area's count (numerator) and population (denominator), at least one, not null
     * @param multiplier  the rate's base, such as 100000 for a rate per 100,000, positive, not null
     * @return the plot, not null
     * @throws IllegalArgumentException for no areas, a non-positive multiplier or a zero population
     */
    public static FunnelPlot rates(List<Fraction> areas, BigDecimal multiplier) {
        return of(FunnelMethod.RATE_POISSON, areas, multiplier);
    }

    private static FunnelPlot of(FunnelMethod method, List<Fraction> areas, BigDecimal multiplier) {
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(multiplier, "multiplier");
        if (areas.isEmpty()) {
            throw Checks.invalid("areas", "at least one area", "none");
        }
        if (multiplier.signum() <= 0) {
            throw Checks.invalid("multiplier", "must be positive", multiplier.toPlainString());
        }
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < areas.size(); i++) {
            Fraction area = Objects.requireNonNull(areas.get(i), "areas");
            check(method, area, "area " + (i + 1));
            numerators = numerators.add(area.numerator());
            denominators = denominators.add(area.denominator());
            min = Math.min(min, area.denominator().doubleValue());
            max = Math.max(max, area.denominator().doubleValue());
        }
        double average = method == FunnelMethod.RATIO_POISSON ? 1
                : numerators.divide(denominators, MathContext.DECIMAL64).doubleValue();
        return new FunnelPlot(method, average, multiplier, min, max);
    }

    private static void check(FunnelMethod method, Fraction area, String where) {
        if (area.numerator().signum() < 0) {
            throw Checks.invalid(where, "numerator must not be negative", area);
        }
        if (area.denominator().signum() <= 0) {
            throw Checks.invalid(where, "denominator must be positive", area);
        }
        if (method == FunnelMethod.PROPORTION_WILSON && area.numerator().compareTo(area.denominator()) > 0) {
            throw Checks.invalid(where, "numerator must not exceed denominator", area);
        }
    }

    /**
     * Returns the method of the limits.
     *
     * @return the method, not null
     */
    public FunnelMethod method() {
        return method;
    }

    /**
     * Returns the plot's centre line, times the multiplier: the average proportion or rate of the
     * areas, or 1 for ratios.
     *
     * @return the baseline, as the shortest decimal of the double, not null
     */
    public BigDecimal baseline() {
        return decimal(average * multiplier.doubleValue());
    }

    /**
     * Returns the control limits at a denominator (a population, or an expected count for ratios).
     *
     * @param denominator  the denominator, positive, not null
     * @param confidence  the confidence, such as {@link Confidence#NINETY_NINE_POINT_EIGHT}, not null
     * @return the lower and upper limits, times the multiplier, as the shortest decimal of the double, not null
     * @throws IllegalArgumentException if the denominator is not positive, as in
     *     {@code Invalid value for denominator (must be positive): 0}
     */
    public ConfidenceInterval limits(BigDecimal denominator, Confidence confidence) {
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(confidence, "confidence");
        if (denominator.signum() <= 0) {
            throw Checks.invalid("denominator", "must be positive", denominator.toPlainString());
        }
        double[] limits = raw(denominator.doubleValue(), confidence);
        return ConfidenceInterval.of(decimal(limits[0]), decimal(limits[1]));
    }

    /** The limits at a denominator, times the multiplier, unrounded. */
    private double[] raw(double n, Confidence confidence) {
        double scale = multiplier.doubleValue();
        switch (method) {
            case PROPORTION_WILSON: {
                double half = confidence.z() * Math.sqrt(average * (1 - average) / n);
                return new double[] {Math.max(0, average - half) * scale, Math.min(1, average + half) * scale};
            }
            case RATIO_POISSON:
                return scaled(Poisson.limits(n, Rates.DEFAULT_BYARS_MINIMUM_EVENTS, confidence), n, scale);
            default: {
                double expected = average * n;
                return scaled(Poisson.limits(expected, Rates.DEFAULT_BYARS_MINIMUM_EVENTS, confidence), n, scale);
            }
        }
    }

    private static double[] scaled(double[] counts, double n, double scale) {
        return new double[] {counts[0] / n * scale, counts[1] / n * scale};
    }

    /**
     * Returns where an area lies against the 95% and 99.8% limits at its own denominator.
     *
     * @param area  the area's numerator and denominator, not null
     * @return the significance, not null
     * @throws IllegalArgumentException for a negative numerator, a zero denominator or, for proportions,
     *     a numerator above its denominator
     */
    public FunnelSignificance significance(Fraction area) {
        Objects.requireNonNull(area, "area");
        check(method, area, "area");
        double n = area.denominator().doubleValue();
        double value = area.numerator().doubleValue() / n * multiplier.doubleValue();
        double[] wide = raw(n, Confidence.NINETY_NINE_POINT_EIGHT);
        double[] narrow = raw(n, Confidence.NINETY_FIVE);
        if (value < wide[0]) {
            return FunnelSignificance.LOW_99_8;
        }
        if (value < narrow[0]) {
            return FunnelSignificance.LOW_95;
        }
        if (value > wide[1]) {
            return FunnelSignificance.HIGH_99_8;
        }
        if (value > narrow[1]) {
            return FunnelSignificance.HIGH_95;
        }
        return FunnelSignificance.NOT_SIGNIFICANT;
    }

    /**
     * Returns the denominators at which to draw the limits, as {@code phe_funnels} spaces them: from
     * the axis minimum (0 when the largest denominator is more than twice the smallest, else 95% of the
     * smallest rounded down to its leading digit; at least 1) up to the axis maximum (105% of the largest,
     * rounded up at its second digit), each point the previous times a constant factor, rounded, and at
     * least one more than the previous.
     *
     * @param points  the number of points, at least 2 ({@code phe_funnels} draws 100)
     * @return the denominators, increasing, not null
     * @throws IllegalArgumentException if {@code points} is less than 2
     */
    public List<BigDecimal> denominators(int points) {
        if (points < 2) {
            throw Checks.invalid("points", "valid values 2 or more", points);
        }
        double axisMinimum = maxDenominator > 2 * minDenominator ? 0 : floorToLeadingDigit(minDenominator);
        double axisMaximum = ceilToSecondDigit(maxDenominator);
        List<BigDecimal> result = new ArrayList<>();
        double previous = Math.max(1, axisMinimum);
        result.add(BigDecimal.valueOf((long) previous));
        for (int j = 2; j <= points; j++) {
            double next = Math.max(Math.rint(Math.pow(axisMaximum / previous, 1.0 / (points + 1 - j)) * previous),
                    previous + 1);
            result.add(BigDecimal.valueOf((long) next));
            previous = next;
        }
        return List.copyOf(result);
    }

    private static double floorToLeadingDigit(double x) {
        double scaled = x * 0.95;
        int n = Long.toString((long) Math.floor(scaled)).length() - 1;
        return x == 0 ? 0 : Math.floor(scaled / Math.pow(10, n)) * Math.pow(10, n);
    }

    private static double ceilToSecondDigit(double x) {
        double scaled = x * 1.05;
        int n = Long.toString((long) Math.ceil(scaled)).length() - 2;
        return x == 0 ? 0 : Math.ceil(scaled / Math.pow(10, n)) * Math.pow(10, n);
    }

    private static BigDecimal decimal(double value) {
        return Checks.decimal(value);
    }

    @Override
    public String toString() {
        return "FunnelPlot[" + method.displayName() + ", baseline " + baseline().toPlainString() + "]";
    }
}
