package org.outturn.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence limits of a Poisson count: Byars' approximation and the exact limits from the
 * chi-squared distribution, as PHEindicatormethods computes them ({@code byars_lower},
 * {@code byars_upper}, and {@code qchisq} in {@code calculate_rate} and {@code calculate_ISRatio}).
 */
final class Poisson {

    private Poisson() {
    }

    /**
     * Byars' lower limit of an observed count O: {@code O (1 - 1/(9 O) - z/(3 sqrt O))^3}
     * (Breslow and Day 1987), for O &gt; 0; 0 where the approximation falls below zero (a count of 1 or 2 at
     * 99.8%, which only a Byars minimum below the default 10 can reach).
     */
    static double byarsLower(double observed, Confidence confidence) {
        double z = confidence.z();
        double cube = 1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed));
        return Math.max(0, observed * cube * cube * cube);
    }

    /**
     * Byars' upper limit of an observed count O: {@code (O + 1) (1 - 1/(9 (O + 1)) + z/(3 sqrt(O + 1)))^3}.
     */
    static double byarsUpper(double observed, Confidence confidence) {
        double next = observed + 1;
        double z = confidence.z();
        double cube = 1 - 1 / (9 * next) + z / (3 * Math.sqrt(next));
        return next * cube * cube * cube;
    }

    /** The exact lower limit: {@code chi2(alpha/2; 2 O) / 2}, and 0 when O is 0. */
    static double exactLower(double observed, Confidence confidence) {
        if (observed == 0) {
            return 0;
        }
        return ChiSquaredDistribution.of(2 * observed).inverseCumulativeProbability(Checks.alpha(confidence) / 2) / 2;
    }

    /** The exact upper limit: {@code chi2(1 - alpha/2; 2 (O + 1)) / 2}. */
    static double exactUpper(double observed, Confidence confidence) {
        return ChiSquaredDistribution.of(2 * (observed + 1))
                .inverseCumulativeProbability(1 - Checks.alpha(confidence) / 2) / 2;
    }

    /** {lower, upper} limits of a count: exact below {@code byarsMinimum} events, else Byars. */
    static double[] limits(double observed, int byarsMinimum, Confidence confidence) {
        if (observed < byarsMinimum) {
            return new double[] {exactLower(observed, confidence), exactUpper(observed, confidence)};
        }
        return new double[] {byarsLower(observed, confidence), byarsUpper(observed, confidence)};
    }

    /** The method {@link #limits} uses. */
    static IntervalMethod method(double observed, int byarsMinimum) {
        return observed < byarsMinimum ? IntervalMethod.EXACT_POISSON : IntervalMethod.BYARS;
    }

    /** The minimum number of events from which Byars' limits are used, checked. */
    static int byarsMinimum(int byarsMinimumEvents) {
        if (byarsMinimumEvents < 1) {
            throw Checks.invalid("Byars minimum events", "must be positive", byarsMinimumEvents);
        }
        return byarsMinimumEvents;
    }
}
