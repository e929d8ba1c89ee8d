package org.outturn.rules.report;

/**
 * How a recomputed rating compares with the rating a report published for the same period.
 *
 * <p>{@link #AGREES} when both have the same colour, or both are unrated for the same
 * {@link org.outturn.core.UnratedReason}; {@link #DISAGREES} when they differ and the recomputed
 * rating is a colour; {@link #NOT_RECOMPUTABLE} when the report published a rating but none could be
 * recomputed, for a {@link NotRecomputable} reason; {@link #NOT_PUBLISHED} when the report published
 * no rating for the period.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Agreement {

    /** The recomputed rating is the published one. */
    AGREES("Agrees"),
    /** The recomputed colour differs from the published rating. */
    DISAGREES("Disagrees"),
    /** A rating was published, but none could be recomputed; {@link ReportRow#notRecomputable()} says why. */
    NOT_RECOMPUTABLE("Not recomputable"),
    /** The report published no rating for the period. */
    NOT_PUBLISHED("Not published");

    private final String displayName;

    Agreement(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a table prints it, such as {@code Not recomputable}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
