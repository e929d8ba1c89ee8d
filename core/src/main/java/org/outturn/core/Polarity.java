package org.outturn.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Which way is better for an indicator's values.
 *
 * <p>The canonical names are the constants' names ({@code HIGHER_IS_BETTER}). Reports write
 * polarity in many ways ({@code High}, {@code Low}, {@code n/a}); {@link #parseLenient(CharSequence)}
 * reads those.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Polarity {

    /** A higher value is better, as for {@code % of assessments completed within 45 days}. */
    HIGHER_IS_BETTER("Higher is better"),
    /** A lower value is better, as for {@code % of 16-17 year olds NEET}. */
    LOWER_IS_BETTER("Lower is better"),
    /**
     * A value inside an acceptable band is best, and both sides of the band are worse, as for
     * average caseloads with the band {@code 12 - 18}.
     */
    WITHIN_BAND("Within band"),
    /** No direction is better: a context measure that is never rated, as for {@code Number of referrals}. */
    NONE("Not rated");

    private final String displayName;

    Polarity(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name as a report or a table prints it, such as {@code Higher is better}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return displayName;
    }

    private static final String ACCEPTED = "High, Higher, Higher is better, Bigger is better, Good is high, "
            + "Low, Lower, Lower is better, Smaller is better, Good is low, Band, Within band, n/a, None";

    /**
     * Reads a polarity as reports write it, ignoring case and surrounding white space.
     *
     * <p>Accepted words: {@code High}, {@code Higher}, {@code Higher is better}, {@code Bigger is better},
     * {@code Larger is better}, {@code Good is high}, {@code High is good}, {@code Up is good};
     * {@code Low}, {@code Lower}, {@code Lower is better}, {@code Smaller is better}, {@code Good is low},
     * {@code Low is good}, {@code Down is good}; {@code Band}, {@code Within band}; {@code n/a},
     * {@code None}; and the constants' names. Runs of white space count as one space.
     *
     * @param text  the text to read, not null
     * @return the polarity, not null
     * @throws IllegalArgumentException if the text is none of the accepted words, for example
     *     {@code Unknown polarity: 'Up' (accepted: High, Higher, ...)}
     */
    public static Polarity parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String word = text.toString().strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        switch (word) {
            case "high", "higher", "higher is better", "bigger is better", "larger is better", "good is high",
                    "high is good", "up is good":
                return HIGHER_IS_BETTER;
            case "low", "lower", "lower is better", "smaller is better", "good is low", "low is good",
                    "down is good":
                return LOWER_IS_BETTER;
            case "band", "within band":
                return WITHIN_BAND;
            case "n/a", "na", "none":
                return NONE;
            default:
                throw new IllegalArgumentException(
                        "Unknown polarity: '" + text + "' (accepted: " + ACCEPTED + ")");
        }
    }

    /**
     * Whether values of an indicator with this polarity can be rated at all.
     *
     * @return false for {@link #NONE}, true otherwise
     */
    public boolean isRated() {
        return this != NONE;
    }

    /**
     * Whether this polarity says which of two values is better: true for {@link #HIGHER_IS_BETTER}
     * and {@link #LOWER_IS_BETTER}.
     *
     * @return whether this polarity is directional
     */
    public boolean isDirectional() {
        return this == HIGHER_IS_BETTER || this == LOWER_IS_BETTER;
    }

    /**
     * Returns the opposite direction: {@code HIGHER_IS_BETTER} and {@code LOWER_IS_BETTER} swap;
     * {@code WITHIN_BAND} and {@code NONE} are their own opposites.
     *
     * @return the reversed polarity, not null
     */
    public Polarity reversed() {
        switch (this) {
            case HIGHER_IS_BETTER:
                return LOWER_IS_BETTER;
            case LOWER_IS_BETTER:
                return HIGHER_IS_BETTER;
            default:
                return this;
        }
    }

    /**
     * Compares two values by which is better under this polarity, exactly (scale is ignored).
     *
     * <p>For example, under {@code LOWER_IS_BETTER}, {@code compareBetter(1.2, 1.5)} is positive.
     *
     * @param value  the first value, not null
     * @param other  the second value, not null
     * @return a positive number if {@code value} is better, negative if worse, zero if equal
     * @throws IllegalStateException if this polarity is not {@linkplain #isDirectional() directional}
     */
    public int compareBetter(BigDecimal value, BigDecimal other) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(other, "other");
        switch (this) {
            case HIGHER_IS_BETTER:
                return Integer.signum(value.compareTo(other));
            case LOWER_IS_BETTER:
                return Integer.signum(other.compareTo(value));
            default:
                throw new IllegalStateException("Polarity " + this + " does not order values");
        }
    }
}
