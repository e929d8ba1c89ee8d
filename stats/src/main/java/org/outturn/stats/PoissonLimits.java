package org.outturn.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence limits of a Poisson count, as the funnel plots use them: exact limits from the
 * chi-squared distribution below 10 events, Byars' approximation from 10.
 * <pre>
 *   exact:  lower = chi2inv(alpha / 2, 2 O) / 2            (0 when O = 0)
 *           upper = chi2inv(1 - alpha / 2, 2 O + 2) / 2
 *   Byars:  lower = O (1 - 1 / (9 O) - z / (3 sqrt O))^3
 *           upper = (O + 1) (1 - 1 / (9 (O + 1)) + z / (3 sqrt(O + 1)))^3
 * </pre>
 * Source: Breslow and Day (1987), <i>Statistical methods in cancer research</i> vol. II, and the
 * Fingertips technical guidance. The count may be fractional (an expected count).
 */
final class PoissonLimits {

    /** The count from which Byars' approximation is used, as in PHEindicatormethods. */
    static final double BYARS_FROM = 10;

    private PoissonLimits() {
    }

    /** The lower limit of a count at a confidence. */
    static double lower(double count, Confidence confidence) {
        if (count == 0) {
            return 0;
        }
        if (count < BYARS_FROM) {
            double alpha = 1 - confidence.percent().doubleValue() / 100;
            return ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(alpha / 2) / 2;
        }
        double z = confidence.z();
        return count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
    }

    /** The upper limit of a count at a confidence. */
    static double upper(double count, Confidence confidence) {
        if (count < BYARS_FROM) {
            double alpha = 1 - confidence.percent().doubleValue() / 100;
            return ChiSquaredDistribution.of(2 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
        }
        double z = confidence.z();
        double next = count + 1;
        return next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
    }
}
