package org.outturn.core;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place where {@link PublishedValue} and {@link PublishedTarget} turn the digits of a report's
 * cell into a decimal and word their errors, so that both read numbers by the same rule.
 *
 * <p>A number as printed is digits with an optional decimal point, optionally grouped in thousands by
 * commas ({@code 19,625}); the regular expression {@link #NUMBER} has that shape. The digits are held
 * to the limits of decimals read from JSON (at most 200 characters and 100 significant digits), so that
 * text cannot make a number that a document could not hold. When core gains one limit-checked decimal
 * reader for all text, {@link #decimal(String, String, String)} is the one place to switch over.
 */
final class PublishedText {

    /** An unsigned number as printed: {@code 19625}, {@code 19,625}, {@code 93.90}, {@code .5}. */
    static final String NUMBER = "(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)";

    /** The most significant digits a number may have, as for JSON numbers. */
    static final int MAX_DIGITS = 100;
    /** The most characters a number may have, as for JSON numbers. */
    static final int MAX_LENGTH = 200;

    private PublishedText() {
    }

    /**
     * Returns the text without leading and trailing white space, including the no-break space of
     * extracted text.
     *
     * @param text  the text, not null
     * @return the stripped text, not null
     */
    static String strip(String text) {
        return text.substring(PeriodSupport.trimmedStart(text), PeriodSupport.trimmedEnd(text));
    }

    /**
     * Returns the text in lower case with runs of white space as one space, for matching words.
     *
     * @param text  the stripped text, not null
     * @return the normalised words, not null
     */
    static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
    }

    /**
     * Reads an unsigned number that matches {@link #NUMBER}, keeping its scale.
     *
     * @param whole  the whole cell text, for messages, not null
     * @param digits  the number, matching {@link #NUMBER}, not null
     * @param kind  what is being read, {@code value} or {@code target}, for messages
     * @return the number, not null
     * @throws IllegalArgumentException if commas do not group thousands, or the number has more than
     *     {@link #MAX_LENGTH} characters or {@link #MAX_DIGITS} significant digits
     */
    static BigDecimal decimal(String whole, String digits, String kind) {
        if (digits.length() > MAX_LENGTH) {
            throw error(whole, kind, "a number has at most " + MAX_LENGTH + " characters");
        }
        if (digits.indexOf(',') >= 0) {
            int point = digits.indexOf('.');
            String integer = point < 0 ? digits : digits.substring(0, point);
            if (!integer.matches("\\d{1,3}(?:,\\d{3})+")) {
                throw error(whole, kind, "commas must group the digits before the decimal point in threes, "
                        + "as in 19,625");
            }
            digits = digits.replace(",", "");
        }
        BigDecimal number = new BigDecimal(digits);
        if (number.precision() > MAX_DIGITS) {
            throw error(whole, kind, "at most " + MAX_DIGITS + " significant digits");
        }
        return number;
    }

    /**
     * Returns the error for a cell that cannot be read, naming the text and the rule.
     *
     * @param text  the cell text as typed, not null
     * @param kind  what was being read, {@code value} or {@code target}
     * @param rule  the rule the text breaks, not null
     * @return the exception, for the caller to throw
     */
    static IllegalArgumentException error(String text, String kind, String rule) {
        return new IllegalArgumentException(
                "Text '" + text + "' could not be read as a " + kind + ": " + rule);
    }
}
