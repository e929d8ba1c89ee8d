package org.outturn.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A Red / Amber / Green rating, with Blue for the schemes that use it (target exceeded by a margin,
 * or an action complete).
 *
 * <p>The constants are declared from worst to best, so {@link #compareTo(Enum)} orders by how good a
 * rating is: {@code RED < AMBER < GREEN < BLUE}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Rag {

    /** Off target beyond the tolerance. */
    RED,
    /** Off target, within the tolerance. */
    AMBER,
    /** On or better than target. */
    GREEN,
    /** Exceeded the target by a margin, or complete, in schemes that use Blue. */
    BLUE;

    /**
     * Reads a rating as reports write it ({@code Green}, {@code GREEN}, {@code G}), ignoring case
     * and surrounding white space.
     *
     * @param text  the text to read, not null
     * @return the rating, not null
     * @throws IllegalArgumentException if the text is not a rating, for example
     *     {@code Unknown RAG rating: 'Purple' (accepted: Red, Amber, Green, Blue, R, A, G, B)}
     */
    public static Rag parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        switch (text.toString().strip().toUpperCase(Locale.ROOT)) {
            case "RED", "R":
                return RED;
            case "AMBER", "A":
                return AMBER;
            case "GREEN", "G":
                return GREEN;
            case "BLUE", "B":
                return BLUE;
            default:
                throw new IllegalArgumentException(
                        "Unknown RAG rating: '" + text + "' (accepted: Red, Amber, Green, Blue, R, A, G, B)");
        }
    }

    /**
     * Whether this rating is better than another.
     *
     * @param other  the other rating, not null
     * @return true if this rating is strictly better
     */
    public boolean isBetterThan(Rag other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) > 0;
    }

    /**
     * Returns the name as a report prints it: {@code Red}, {@code Amber}, {@code Green}, {@code Blue}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
