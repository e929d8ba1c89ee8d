package org.outturn.stats.spc;

import java.util.Objects;
import java.util.Optional;

/**
 * One phase of an XmR chart: the points from {@code startInclusive} to {@code endExclusive}, and
 * their limits, or no limits when the phase has fewer calculation values than the rule set's
 * {@linkplain RuleSet#minimumPoints() minimum} ("not enough data": then its points get no variation
 * and the phase no assurance).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param startInclusive  the first point of the phase
 * @param endExclusive  the point after the last
 * @param baseline  how many values the limits are fixed from, 0 for all the phase's values
 * @param calculationPoints  how many values were available for the limits (within the baseline,
 *     without gaps and excluded points)
 * @param limits  the limits, empty when there is not enough data, not null
 */
public record XmrPhase(int startInclusive, int endExclusive, int baseline, int calculationPoints,
        Optional<XmrLimits> limits) {

    /**
     * Creates a phase.
     *
     * @param startInclusive  the first point
     * @param endExclusive  the point after the last
     * @param baseline  the baseline, 0 for none
     * @param calculationPoints  the values available for the limits
     * @param limits  the limits, empty for not enough data, not null
     */
    public XmrPhase {
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Returns whether the phase had enough data for limits.
     *
     * @return true if there are limits
     */
    public boolean hasLimits() {
        return limits.isPresent();
    }
}
