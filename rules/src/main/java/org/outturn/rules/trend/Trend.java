package org.outturn.rules.trend;

import java.util.Locale;
import java.util.Objects;
import org.outturn.core.Polarity;

/**
 * A change between two outturns read with the indicator's {@link Polarity}: improving, declining,
 * no change, or not comparable.
 *
 * <p>A change is {@link #NOT_COMPARABLE} when either outturn has no value, or when the polarity does
 * not say which way is better ({@link Polarity#WITHIN_BAND}, {@link Polarity#NONE}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Trend {

    /** The change is for the better: an increase when higher is better, a decrease when lower is. */
    IMPROVING,
    /** The change is for the worse: a decrease when higher is better, an increase when lower is. */
    DECLINING,
    /** There is no change, under a polarity that says which way is better. */
    NO_CHANGE,
    /** The change cannot be judged: a value is missing, or the polarity does not order values. */
    NOT_COMPARABLE;

    /**
     * Reads a direction with a polarity.
     *
     * <p>Under {@code HIGHER_IS_BETTER} an increase is {@code IMPROVING} and a decrease
     * {@code DECLINING}; under {@code LOWER_IS_BETTER} the reverse; under either, no change is
     * {@code NO_CHANGE}. Under {@code WITHIN_BAND} and {@code NONE} every direction is
     * {@code NOT_COMPARABLE}: moving towards a band cannot be told from the values alone.
     *
     * @param direction  the raw change, not null
     * @param polarity  which way is better, not null
     * @return the trend, not null
     */
    public static Trend of(Direction direction, Polarity polarity) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(polarity, "polarity");
        if (!polarity.isDirectional()) {
            return NOT_COMPARABLE;
        }
        if (direction == Direction.NO_CHANGE) {
            return NO_CHANGE;
        }
        boolean up = direction == Direction.INCREASE;
        return up == (polarity == Polarity.HIGHER_IS_BETTER) ? IMPROVING : DECLINING;
    }

    /**
     * Returns the trend under the reversed polarity: {@code IMPROVING} and {@code DECLINING} swap;
     * {@code NO_CHANGE} and {@code NOT_COMPARABLE} are their own reverses.
     *
     * @return the reversed trend, not null
     */
    public Trend reversed() {
        switch (this) {
            case IMPROVING:
                return DECLINING;
            case DECLINING:
                return IMPROVING;
            default:
                return this;
        }
    }

    /**
     * Returns the words an explanation starts with: {@code Improving}, {@code Declining},
     * {@code No change} or {@code Not comparable}.
     *
     * @return the words, not null
     */
    public String displayName() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
