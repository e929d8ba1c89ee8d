package org.outturn.core;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place where {@link PublishedValue} and {@link PublishedTarget} turn the digits of a report's
 * cell into a decimal and word their errors, so that both read numbers by the same rule.
 *
 * <p>A number as printed is digits with an optional decimal point, optionally grouped in thousands by
 * commas ({@code 19,625}); the regular expression {@link #NUMBER} has that shape. The digits are read
 * by {@link DecimalText}, within the limits of every decimal read from text or JSON, so that a cell
 * cannot make a number that a document could not hold; the limits are checked first here only to word
 * the error as a cell's.
 */
final class PublishedText {

    /** An unsigned number as printed: {@code 19625}, {@code 19,625}, {@code 93.90}, {@code .5}. */
    static final String NUMBER = "(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)";

    /** The most significant digits a number may have, as for every decimal read from text. */
    static final int MAX_DIGITS = DecimalText.MAX_DIGITS;
    /** The most characters a number may have, as for every decimal read from text. */
    static final int MAX_LENGTH = DecimalText.MAX_LENGTH;

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
        if (isSpacedOnce(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
    }

    /**
     * Whether a text's only white space is single plain spaces (no tab, line end or no-break space, no two
     * together), so that {@link #words(String)} need replace nothing.
     */
    private static boolean isSpacedOnce(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' '
                    : c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0') {
                return false;
            }
        }
        return true;
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
        try {
            return DecimalText.parse(digits);
        } catch (IllegalArgumentException ex) {
            // The length is checked above and a printed number has no exponent: the digits are too many.
            throw error(whole, kind, "at most " + MAX_DIGITS + " significant digits");
        }
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
