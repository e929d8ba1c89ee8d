package org.outturn.stats;

/**
 * Where an area lies on a funnel plot, in PHEindicatormethods' words: below or above the 99.8%
 * ({@code 0.001} each side) or the 95% ({@code 0.025} each side) control limits, or between them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FunnelSignificance {

    /** Below the lower 99.8% limit. */
    LOW_99_8("Low (0.001)"),
    /** Below the lower 95% limit, within the 99.8% limits. */
    LOW_95("Low (0.025)"),
    /** Within the 95% limits (limits inclusive). */
    NOT_SIGNIFICANT("Not significant"),
    /** Above the upper 95% limit, within the 99.8% limits. */
    HIGH_95("High (0.025)"),
    /** Above the upper 99.8% limit. */
    HIGH_99_8("High (0.001)");

    private final String displayName;

    FunnelSignificance(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as PHEindicatormethods prints it, such as {@code High (0.025)}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
