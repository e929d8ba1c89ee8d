package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lines of one phase of an XmR chart. With x̄ the mean of the phase's calculation values and
 * MR̄ the mean of their moving ranges |x<sub>i</sub> − x<sub>i−1</sub>|:
 * <ul>
 *   <li>process limits x̄ ± 2.66 × MR̄ (2.66 = 3 / d<sub>2</sub>, d<sub>2</sub> = 1.128 for ranges of
 *     two; Wheeler, <i>Understanding Variation</i>; NHS England, "Making Data Count");</li>
 *   <li>sigma = 2.66 × MR̄ / 3, so the two-sigma lines x̄ ± 2 × sigma and the one-sigma lines
 *     x̄ ± sigma sit at two thirds and one third of the way to the limits.</li>
 * </ul>
 * Sums and products are exact; a division (the means, sigma) is rounded to 16 significant digits
 * ({@link java.math.MathContext#DECIMAL64}). Each upper line is the mean plus the same width that the
 * lower line is the mean minus, so the lines are exactly symmetric about the mean.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mean  the mean x̄, not null
 * @param meanMovingRange  the mean moving range MR̄ (after screening, if the rule set screens), not null
 * @param sigma  the estimated standard deviation 2.66 × MR̄ / 3, not null
 * @param lowerProcessLimit  x̄ − 2.66 × MR̄, not null
 * @param upperProcessLimit  x̄ + 2.66 × MR̄, not null
 * @param lowerTwoSigma  x̄ − 2 × sigma, not null
 * @param upperTwoSigma  x̄ + 2 × sigma, not null
 * @param lowerOneSigma  x̄ − sigma, not null
 * @param upperOneSigma  x̄ + sigma, not null
 * @param points  how many values the limits were computed from
 * @param movingRanges  how many moving ranges MR̄ is the mean of
 * @param screenedMovingRanges  how many moving ranges screening left out (0 without screening)
 */
public record XmrLimits(BigDecimal mean, BigDecimal meanMovingRange, BigDecimal sigma,
        BigDecimal lowerProcessLimit, BigDecimal upperProcessLimit, BigDecimal lowerTwoSigma,
        BigDecimal upperTwoSigma, BigDecimal lowerOneSigma, BigDecimal upperOneSigma, int points,
        int movingRanges, int screenedMovingRanges) {

    /**
     * Creates the lines.
     *
     * @param mean  the mean, not null
     * @param meanMovingRange  the mean moving range, not null
     * @param sigma  sigma, not null
     * @param lowerProcessLimit  the lower process limit, not null
     * @param upperProcessLimit  the upper process limit, not null
     * @param lowerTwoSigma  the lower two-sigma line, not null
     * @param upperTwoSigma  the upper two-sigma line, not null
     * @param lowerOneSigma  the lower one-sigma line, not null
     * @param upperOneSigma  the upper one-sigma line, not null
     * @param points  the number of values used
     * @param movingRanges  the number of moving ranges used
     * @param screenedMovingRanges  the number of moving ranges left out
     */
    public XmrLimits {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(meanMovingRange, "meanMovingRange");
        Objects.requireNonNull(sigma, "sigma");
        Objects.requireNonNull(lowerProcessLimit, "lowerProcessLimit");
        Objects.requireNonNull(upperProcessLimit, "upperProcessLimit");
        Objects.requireNonNull(lowerTwoSigma, "lowerTwoSigma");
        Objects.requireNonNull(upperTwoSigma, "upperTwoSigma");
        Objects.requireNonNull(lowerOneSigma, "lowerOneSigma");
        Objects.requireNonNull(upperOneSigma, "upperOneSigma");
    }

    /**
     * Returns the upper two-sigma line for {@link Side#HIGH}, the lower for {@link Side#LOW}.
     *
     * @param side  the side, not null
     * @return the line, not null
     */
    public BigDecimal twoSigma(Side side) {
        return Objects.requireNonNull(side, "side") == Side.HIGH ? upperTwoSigma : lowerTwoSigma;
    }

    /**
     * Returns the upper process limit for {@link Side#HIGH}, the lower for {@link Side#LOW}.
     *
     * @param side  the side, not null
     * @return the limit, not null
     */
    public BigDecimal processLimit(Side side) {
        return Objects.requireNonNull(side, "side") == Side.HIGH ? upperProcessLimit : lowerProcessLimit;
    }
}
