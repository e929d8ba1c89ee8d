package org.outturn.rules;

import java.util.Objects;

/**
 * What a rule decided by direction of travel does when there is no earlier outturn to compare with:
 * the policy says, the library never guesses.
 *
 * <p>The {@linkplain #notation() notation} is the value of the {@code missingComparison} parameter of
 * the {@code tolerance} strategy in JSON.
 */
public enum MissingComparison {
    /** Leave the outturn unrated, {@link org.outturn.core.UnratedReason#NOT_COMPARABLE}: the default. */
    UNRATED("unrated", "Unrated"),
    /** Rate it Red, as not shown to have improved. */
    RED("red", "Red");

    private final String notation;
    private final String displayName;

    MissingComparison(String notation, String displayName) {
        this.notation = notation;
        this.displayName = displayName;
    }

    /**
     * Returns the notation, {@code unrated} or {@code red}.
     *
     * @return the notation, not null
     */
    public String notation() {
        return notation;
    }

    /**
     * Returns the name to show, {@code Unrated} or {@code Red}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the value with a notation.
     *
     * @param notation  {@code unrated} or {@code red}, not null
     * @return the value, not null
     * @throws IllegalArgumentException for another notation, as in {@code Invalid value for
     *     missingComparison (valid values unrated, red): amber}
     */
    public static MissingComparison ofNotation(String notation) {
        Objects.requireNonNull(notation, "notation");
        for (MissingComparison value : values()) {
            if (value.notation.equals(notation)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "Invalid value for missingComparison (valid values unrated, red): " + notation);
    }
}
