package org.outturn.stats;

/**
 * A named method of funnel-plot control limits, as the Fingertips technical guidance and
 * PHEindicatormethods ({@code phe_funnels}, {@code phe_funnel_significance}) publish them. Each constant
 * names one method version; when a published method changes, the new version is a new constant and
 * the old one stays, so that a plot can be reproduced as it was published.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FunnelMethod {

    /**
     * Proportions: the observed proportions whose Wilson score interval at the confidence just reaches
     * the average {@code p = sum(numerators) / sum(denominators)}, which works out as
     * {@code p +/- z sqrt(p (1 - p) / n)}, clipped to 0 and 1 (PHEindicatormethods' {@code sigma_adjustment}).
     */
    PROPORTION_WILSON("proportion, Wilson score limits around the average (PHEindicatormethods phe_funnels)"),
    /**
     * Indirectly standardised ratios (observed / expected) around 1: at an expected count {@code E}, the
     * Poisson limits of a count of {@code E} (exact below 10, Byars from 10) divided by {@code E}.
     */
    RATIO_POISSON("ratio, Poisson limits around 1 (exact below 10 expected, Byars from 10, as Rates.crude)"),
    /**
     * Crude rates around the average rate {@code r = sum(counts) / sum(populations)}: at a population
     * {@code n}, the Poisson limits of the expected count {@code r n} (exact below 10, Byars from 10)
     * divided by {@code n}.
     */
    RATE_POISSON("rate, Poisson limits around the average rate (exact below 10 expected, Byars from 10, as Rates.crude)");

    private final String displayName;

    FunnelMethod(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the method as an output column names it, such as
     * {@code proportion, Wilson score limits around the average (PHEindicatormethods phe_funnels)}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
