package org.outturn.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How an indicator's value for a period is accumulated.
 *
 * <p>The canonical, strict form is the constant's name, read by {@link #valueOf(String)};
 * {@link #parseLenient(CharSequence)} also reads it in words, as a table's column prints it
 * ({@code Cumulative year to date}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MeasureType {

    /** The value at a point in time, such as the number of children looked after at month end. */
    SNAPSHOT("Snapshot"),
    /**
     * A cumulative value from the start of the year to the period's end, such as the number of
     * foster carers recruited year to date. A target for a year does not apply to a shorter period
     * of a cumulative measure: it needs its own profile target.
     */
    CUMULATIVE_YEAR_TO_DATE("Cumulative year to date"),
    /** A value over the twelve months up to the period's end. */
    ROLLING_12_MONTHS("Rolling 12 months");

    /** The accepted words, as listed in error messages. */
    private static final String ACCEPTED = "Snapshot, Cumulative year to date, Rolling 12 months";

    /** The name to show. */
    private final String displayName;

    /**
     * Creates a constant.
     *
     * @param displayName  the name to show
     */
    MeasureType(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Reads a measure type by its constant's name or in words, ignoring case, leading and trailing
     * whitespace, and whether words are joined by spaces, hyphens or underscores.
     *
     * <p>For example {@code "cumulative year to date"}, {@code "Rolling-12-months"} and
     * {@code "SNAPSHOT"}.
     *
     * @param text  the text to read, such as {@code "Snapshot"}, not null
     * @return the measure type, not null
     * @throws IllegalArgumentException if the text is no measure type, with a message such as
     *     {@code Unknown measure type: 'Weekly' (accepted: Snapshot, Cumulative year to date, Rolling 12 months)}
     */
    public static MeasureType parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String name = text.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (MeasureType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown measure type: '" + text + "' (accepted: " + ACCEPTED + ")");
    }

    /**
     * Returns the name to show, such as {@code Cumulative year to date}, which
     * {@link #parseLenient(CharSequence)} reads back.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }
}
