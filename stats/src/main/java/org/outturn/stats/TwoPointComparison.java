package org.outturn.stats;

import java.util.Objects;
import java.util.Optional;
import org.outturn.core.ConfidenceInterval;

/**
 * Two periods of an indicator compared by their confidence intervals: a significant
 * {@link Movement#INCREASING increase} when the later interval lies wholly above the earlier one, a
 * {@link Movement#DECREASING decrease} when wholly below, and {@link Movement#CANNOT_BE_CALCULATED
 * cannot be calculated} when an interval is missing or the intervals overlap (touching limits overlap),
 * as Fingertips words a comparison that non-overlapping intervals cannot settle. Exact, on the limits'
 * {@code BigDecimal}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TwoPointComparison {

    private final Movement movement;
    private final String reason;

    private TwoPointComparison(Movement movement, String reason) {
        this.movement = movement;
        this.reason = reason;
    }

    /**
     * Compares two periods' intervals.
     *
     * @param earlier  the earlier period's interval, empty when there is none, not null
     * @param later  the later period's interval, empty when there is none, not null
     * @return the comparison, not null
     */
    public static TwoPointComparison of(Optional<ConfidenceInterval> earlier, Optional<ConfidenceInterval> later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (earlier.isEmpty() || later.isEmpty()) {
            return new TwoPointComparison(Movement.CANNOT_BE_CALCULATED,
                    "no confidence interval for the " + (earlier.isEmpty() ? "earlier" : "later") + " period");
        }
        ConfidenceInterval from = earlier.get();
        ConfidenceInterval to = later.get();
        if (to.lowerInclusive().compareTo(from.upperInclusive()) > 0) {
            return new TwoPointComparison(Movement.INCREASING, null);
        }
        if (to.upperInclusive().compareTo(from.lowerInclusive()) < 0) {
            return new TwoPointComparison(Movement.DECREASING, null);
        }
        return new TwoPointComparison(Movement.CANNOT_BE_CALCULATED, "the intervals overlap (" + from + " and " + to
                + ")");
    }

    /**
     * Returns the movement.
     *
     * @return {@link Movement#INCREASING}, {@link Movement#DECREASING} or
     *     {@link Movement#CANNOT_BE_CALCULATED}, not null
     */
    public Movement movement() {
        return movement;
    }

    /**
     * Returns why the comparison cannot be calculated.
     *
     * @return the reason, such as {@code the intervals overlap (7.4 - 12.2 and 8.9 - 14.1)}; empty when calculated
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TwoPointComparison other && movement == other.movement
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(movement, reason);
    }

    @Override
    public String toString() {
        return movement.displayName() + (reason != null ? ": " + reason : "");
    }
}
