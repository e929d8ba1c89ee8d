package org.outturn.rules.trend;

import java.util.Locale;
import java.util.Objects;

/**
 * The raw change between two outturns of one indicator, before polarity says whether it is good or
 * bad: {@code increase}, {@code decrease} or {@code no change}, as a report's direction of travel
 * column prints it.
 *
 * <p>{@link DirectionOfTravel} computes a direction from two values; {@link Trend} is the same change
 * read with the indicator's polarity.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Direction {

    /** The later value is higher, as {@code 93.61%} to {@code 93.89%}. */
    INCREASE,
    /** The later value is lower, as {@code 98.7%} to {@code 98.1%}. */
    DECREASE,
    /** The values are equal, or differ by no more than a stated no-change threshold. */
    NO_CHANGE;

    /**
     * Reads a direction of travel as reports write it, ignoring case and surrounding white space.
     *
     * <p>Accepted words: {@code increase}, {@code decrease}, {@code no change}, and the constants'
     * names ({@code NO_CHANGE}).
     *
     * @param text  the text to read, such as {@code "no change"}, not null
     * @return the direction, not null
     * @throws IllegalArgumentException if the text is none of the accepted words, with the message
     *     {@code Unknown direction of travel: 'up' (accepted: increase, decrease, no change)}
     */
    public static Direction parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String word = text.toString().strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        switch (word) {
            case "increase":
                return INCREASE;
            case "decrease":
                return DECREASE;
            case "no change":
                return NO_CHANGE;
            default:
                throw new IllegalArgumentException(
                        "Unknown direction of travel: '" + text + "' (accepted: increase, decrease, no change)");
        }
    }

    /**
     * Returns the direction of the reverse change: {@code INCREASE} and {@code DECREASE} swap;
     * {@code NO_CHANGE} is its own reverse.
     *
     * @return the reversed direction, not null
     */
    public Direction reversed() {
        switch (this) {
            case INCREASE:
                return DECREASE;
            case DECREASE:
                return INCREASE;
            default:
                return this;
        }
    }

    /**
     * Returns the words a report prints for this direction: {@code increase}, {@code decrease} or
     * {@code no change}, which {@link #parseLenient(CharSequence)} reads back.
     *
     * @return the words, not null
     */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
