package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase of an SPC chart: the points from {@code startInclusive} to {@code endExclusive}, the
 * statistics their limits were computed from, or none when the phase has fewer calculation values
 * than the rule set's {@linkplain RuleSet#minimumPoints() minimum} ("not enough data": then its points
 * get no limits and no variation, and the phase no assurance). Each point's own lines are on
 * {@link SpcPoint#limits()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param startInclusive  the first point of the phase
 * @param endExclusive  the point after the last
 * @param baseline  how many values the limits are fixed from, 0 for all the phase's values
 * @param calculationPoints  how many values were available for the limits (within the baseline,
 *     without gaps and excluded points)
 * @param centre  the centre line, empty when there is not enough data, not null
 * @param meanMovingRange  the mean moving range MR̄ the limits were computed from (after screening,
 *     if the rule set screens): of the values for XmR, of the transformed values for t, of the
 *     z-scores for p′ and u′; empty for the other charts and when there is not enough data, not null
 * @param movingRanges  how many moving ranges MR̄ is the mean of, 0 when there is none
 * @param screenedMovingRanges  how many moving ranges screening left out, 0 without screening
 */
public record SpcPhase(int startInclusive, int endExclusive, int baseline, int calculationPoints,
        Optional<BigDecimal> centre, Optional<BigDecimal> meanMovingRange, int movingRanges,
        int screenedMovingRanges) {

    /**
     * Creates a phase.
     *
     * @param startInclusive  the first point
     * @param endExclusive  the point after the last
     * @param baseline  the baseline, 0 for none
     * @param calculationPoints  the values available for the limits
     * @param centre  the centre line, empty for not enough data, not null
     * @param meanMovingRange  the mean moving range, empty when there is none, not null
     * @param movingRanges  the number of moving ranges used
     * @param screenedMovingRanges  the number of moving ranges left out
     */
    public SpcPhase {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(meanMovingRange, "meanMovingRange");
    }

    /**
     * Returns whether the phase had enough data for limits.
     *
     * @return true if there are limits
     */
    public boolean hasLimits() {
        return centre.isPresent();
    }
}
