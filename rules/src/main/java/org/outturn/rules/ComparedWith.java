package org.outturn.rules;

import java.util.Objects;
import org.outturn.core.ReportingPeriod;

/**
 * Which earlier outturn a rule decided by direction of travel compares with, as in <i>Amber = more
 * than 10% off the annual target and performance has improved or been maintained compared to last
 * year</i>.
 *
 * <p>The {@linkplain #notation() notation} is the value of the {@code comparedWith} parameter of the
 * {@code tolerance} strategy in JSON.
 */
public enum ComparedWith {
    /** The same period a year earlier: {@link ReportingPeriod#minusYears(long) minusYears(1)}. */
    PREVIOUS_YEAR("previous-year", "Same period last year"),
    /** The period before: {@link ReportingPeriod#previous()}. */
    PREVIOUS_PERIOD("previous-period", "Previous period");

    private final String notation;
    private final String displayName;

    ComparedWith(String notation, String displayName) {
        this.notation = notation;
        this.displayName = displayName;
    }

    /**
     * Returns the notation, {@code previous-year} or {@code previous-period}.
     *
     * @return the notation, not null
     */
    public String notation() {
        return notation;
    }

    /**
     * Returns the name to show, such as {@code Same period last year}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the period to compare a period with.
     *
     * @param period  the period of the outturn being rated, not null
     * @return the earlier period, not null
     * @throws IllegalArgumentException if the earlier period is outside the supported range
     */
    public ReportingPeriod periodBefore(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return this == PREVIOUS_YEAR ? period.minusYears(1) : period.previous();
    }

    /**
     * Returns the value with a notation.
     *
     * @param notation  {@code previous-year} or {@code previous-period}, not null
     * @return the value, not null
     * @throws IllegalArgumentException for another notation, as in {@code Invalid value for comparedWith
     *     (valid values previous-year, previous-period): last-week}
     */
    public static ComparedWith ofNotation(String notation) {
        Objects.requireNonNull(notation, "notation");
        for (ComparedWith value : values()) {
            if (value.notation.equals(notation)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "Invalid value for comparedWith (valid values previous-year, previous-period): " + notation);
    }
}
