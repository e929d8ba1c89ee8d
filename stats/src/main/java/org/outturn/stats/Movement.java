package org.outturn.stats;

import java.util.Objects;
import org.outturn.core.Polarity;

/**
 * How an indicator moved over time, by a statistical test ({@link RecentTrend}) or a comparison of two
 * periods' intervals ({@link TwoPointComparison}), with Fingertips' wording, read with polarity
 * ({@link #wording(Polarity)}): {@code Increasing and getting better}, {@code Decreasing and getting
 * worse}, {@code No significant change}, {@code Cannot be calculated}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Movement {

    /** A significant increase. */
    INCREASING("Increasing"),
    /** A significant decrease. */
    DECREASING("Decreasing"),
    /** No significant change. */
    NO_SIGNIFICANT_CHANGE("No significant change"),
    /** The test or comparison cannot be made; the result's reason says why. */
    CANNOT_BE_CALCULATED("Cannot be calculated");

    private final String displayName;

    Movement(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name without polarity, such as {@code Increasing}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the wording read with a polarity: an increase of a higher-is-better indicator is
     * {@code Increasing and getting better}, of a lower-is-better one {@code Increasing and getting worse};
     * without a direction, and for no change or no result, the {@linkplain #displayName() display name}.
     *
     * @param polarity  the indicator's polarity, not null
     * @return the wording, not null
     */
    public String wording(Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        if ((this != INCREASING && this != DECREASING) || !polarity.isDirectional()) {
            return displayName;
        }
        boolean better = (this == INCREASING) == (polarity == Polarity.HIGHER_IS_BETTER);
        return displayName + (better ? " and getting better" : " and getting worse");
    }
}
