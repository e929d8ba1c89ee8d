package org.outturn.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The confidence level of a published confidence interval: 95% or 99.8%, the two levels that
 * public-health statistics (Fingertips) publish and compare benchmarks at.
 *
 * <p>The canonical names are the constants' names ({@code NINETY_FIVE}); {@link #parseLenient(CharSequence)}
 * also reads the percentages as printed ({@code 95%}, {@code 95.0}, {@code 99.8%}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ConfidenceLevel {

    /** 95% confidence, about two standard errors either side. */
    NINETY_FIVE("95"),
    /** 99.8% confidence, about three standard errors either side. */
    NINETY_NINE_POINT_EIGHT("99.8");

    private final BigDecimal percent;

    ConfidenceLevel(String percent) {
        this.percent = new BigDecimal(percent);
    }

    /**
     * Returns the level as a percentage, such as {@code 99.8}.
     *
     * @return the percentage, not null
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Returns the name as a report or a table prints it, such as {@code 99.8%}.
     *
     * @return the display name, not null
     */
    public String displayName() {
        return percent.toPlainString() + "%";
    }

    /**
     * Reads a confidence level as printed, ignoring case and surrounding white space: {@code 95},
     * {@code 95%}, {@code 95.0}, {@code 99.8}, {@code 99.8%}, or a constant's name.
     *
     * @param text  the text to read, not null
     * @return the level, not null
     * @throws IllegalArgumentException if the text is no level, with a message such as
     *     {@code Unknown confidence level: '90%' (accepted: 95%, 99.8%)}
     */
    public static ConfidenceLevel parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String word = text.toString().strip().toUpperCase(Locale.ROOT);
        String number = word.endsWith("%") ? word.substring(0, word.length() - 1).strip() : word;
        for (ConfidenceLevel level : values()) {
            if (level.name().equals(word)) {
                return level;
            }
            if (number.matches("\\d{1,3}(?:\\.\\d{1,3})?") && new BigDecimal(number).compareTo(level.percent) == 0) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "Unknown confidence level: '" + text + "' (accepted: 95%, 99.8%)");
    }
}
