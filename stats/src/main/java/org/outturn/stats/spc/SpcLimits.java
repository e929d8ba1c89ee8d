package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lines of an SPC chart at one point: the centre line, the process limits at three sigma and the
 * two- and one-sigma lines. The XmR chart's lines are the same at every point of a phase; the p, p′,
 * u and u′ charts' vary with each point's denominator. How each chart computes them is on
 * {@link SpcChart}.
 *
 * <p>On a g chart the lines are drawn about the mean while the centre line is the median, so there
 * "centre ± k sigma" reads "mean ± k sigma" (see {@link SpcChart}); on a t chart the lines are
 * transformed back from the XmR lines of t<sup>1/3.6</sup> and sigma is of the transformed values.
 *
 * <p>Where the plotted statistic cannot go (below 0 for a count or a rate, below 0 or above 1 for a
 * proportion), a chart truncates its lines there: then a line may sit nearer the centre than its
 * sigma multiple says, and {@link #sigma()} stays the untruncated estimate.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param centre  the centre line (the mean or pooled ratio; the median for a g chart), not null
 * @param sigma  the estimated standard deviation of the plotted statistic at this point, not null
 * @param lowerProcess  the lower process limit, centre − 3 sigma unless truncated, not null
 * @param upperProcess  the upper process limit, centre + 3 sigma unless truncated, not null
 * @param lowerTwoSigma  centre − 2 sigma unless truncated, not null
 * @param upperTwoSigma  centre + 2 sigma unless truncated, not null
 * @param lowerOneSigma  centre − sigma unless truncated, not null
 * @param upperOneSigma  centre + sigma unless truncated, not null
 */
public record SpcLimits(BigDecimal centre, BigDecimal sigma, BigDecimal lowerProcess, BigDecimal upperProcess,
        BigDecimal lowerTwoSigma, BigDecimal upperTwoSigma, BigDecimal lowerOneSigma, BigDecimal upperOneSigma) {

    /**
     * Creates the lines.
     *
     * @param centre  the centre line, not null
     * @param sigma  sigma, not null
     * @param lowerProcess  the lower process limit, not null
     * @param upperProcess  the upper process limit, not null
     * @param lowerTwoSigma  the lower two-sigma line, not null
     * @param upperTwoSigma  the upper two-sigma line, not null
     * @param lowerOneSigma  the lower one-sigma line, not null
     * @param upperOneSigma  the upper one-sigma line, not null
     */
    public SpcLimits {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(sigma, "sigma");
        Objects.requireNonNull(lowerProcess, "lowerProcess");
        Objects.requireNonNull(upperProcess, "upperProcess");
        Objects.requireNonNull(lowerTwoSigma, "lowerTwoSigma");
        Objects.requireNonNull(upperTwoSigma, "upperTwoSigma");
        Objects.requireNonNull(lowerOneSigma, "lowerOneSigma");
        Objects.requireNonNull(upperOneSigma, "upperOneSigma");
    }

    /**
     * Returns the lines centre ± sigma, ± 2 sigma and ± {@code width}, each upper line the centre plus
     * the same amount that the lower is the centre minus, so exactly symmetric.
     */
    static SpcLimits symmetric(BigDecimal centre, BigDecimal sigma, BigDecimal width) {
        BigDecimal twoSigma = sigma.add(sigma);
        return new SpcLimits(centre, sigma, centre.subtract(width), centre.add(width), centre.subtract(twoSigma),
                centre.add(twoSigma), centre.subtract(sigma), centre.add(sigma));
    }

    /** Returns the lines with every line below {@code floor} raised to it. */
    SpcLimits atLeast(BigDecimal floor) {
        return new SpcLimits(centre, sigma, lowerProcess.max(floor), upperProcess.max(floor),
                lowerTwoSigma.max(floor), upperTwoSigma.max(floor), lowerOneSigma.max(floor),
                upperOneSigma.max(floor));
    }

    /** Returns the lines with every line above {@code ceiling} lowered to it. */
    SpcLimits atMost(BigDecimal ceiling) {
        return new SpcLimits(centre, sigma, lowerProcess.min(ceiling), upperProcess.min(ceiling),
                lowerTwoSigma.min(ceiling), upperTwoSigma.min(ceiling), lowerOneSigma.min(ceiling),
                upperOneSigma.min(ceiling));
    }

    /**
     * Returns the upper process limit for {@link Side#HIGH}, the lower for {@link Side#LOW}.
     *
     * @param side  the side, not null
     * @return the limit, not null
     */
    public BigDecimal processLimit(Side side) {
        return Objects.requireNonNull(side, "side") == Side.HIGH ? upperProcess : lowerProcess;
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
     * Returns the upper one-sigma line for {@link Side#HIGH}, the lower for {@link Side#LOW}.
     *
     * @param side  the side, not null
     * @return the line, not null
     */
    public BigDecimal oneSigma(Side side) {
        return Objects.requireNonNull(side, "side") == Side.HIGH ? upperOneSigma : lowerOneSigma;
    }
}
