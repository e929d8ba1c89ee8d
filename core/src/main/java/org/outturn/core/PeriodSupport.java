package org.outturn.core;

import java.time.format.DateTimeParseException;

/**
 * Checks, arithmetic and parse errors shared by the reporting-period kinds, so that every kind
 * reports a bad value or a bad notation in the same words.
 */
final class PeriodSupport {

    private PeriodSupport() {
    }

    /**
     * Checks a value against a range, with the standard message.
     *
     * @param field  the name of the field, not null
     * @param value  the value
     * @param min  the minimum, inclusive
     * @param max  the maximum, inclusive
     * @return the value as an int
     * @throws IllegalArgumentException if the value is out of range, with a message such as
     *     {@code Invalid value for quarter (valid values 1 - 4): 5}
     */
    static int checkRange(String field, long value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
        }
        return (int) value;
    }

    /**
     * Adds years to a year, saturating instead of overflowing.
     *
     * @param year  the year
     * @param years  the years to add
     * @return the sum, or {@code Long.MIN_VALUE} or {@code Long.MAX_VALUE} on overflow
     */
    static long addYears(long year, long years) {
        long sum = year + years;
        if (((year ^ sum) & (years ^ sum)) < 0) {
            return years < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /**
     * Formats a number from 0 to 99 as two digits.
     *
     * @param value  the number
     * @return the two digits, not null
     */
    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /**
     * Creates a parse exception in the standard form.
     *
     * @param text  the whole text, not null
     * @param index  the index of the error in the text
     * @param reason  what is wrong, not null
     * @return the exception, not null
     */
    static DateTimeParseException parseError(String text, int index, String reason) {
        return new DateTimeParseException(
                "Text '" + text + "' could not be parsed at index " + index + ": " + reason, text, index);
    }

    /**
     * Creates a parse exception in the standard form for an invalid value.
     *
     * @param text  the whole text, not null
     * @param index  the index of the invalid value in the text
     * @param cause  the exception describing the invalid value, not null
     * @return the exception, not null
     */
    static DateTimeParseException parseError(String text, int index, IllegalArgumentException cause) {
        return new DateTimeParseException("Text '" + text + "' could not be parsed at index " + index
                + ": " + cause.getMessage(), text, index, cause);
    }

    /**
     * Returns the index of the first character of a text that is not whitespace.
     *
     * @param text  the text, not null
     * @return the index, the length of the text if it is blank
     */
    static int trimmedStart(String text) {
        int index = 0;
        while (index < text.length() && isBlank(text.charAt(index))) {
            index++;
        }
        return index;
    }

    /**
     * Returns the index after the last character of a text that is not whitespace.
     *
     * @param text  the text, not null
     * @return the index, the length of the text if it is blank
     */
    static int trimmedEnd(String text) {
        int index = text.length();
        while (index > 0 && isBlank(text.charAt(index - 1))) {
            index--;
        }
        return index == 0 ? text.length() : index;
    }

    /**
     * Checks whether a region of a text is all ASCII digits, as {@code \d} matches them.
     *
     * @param text  the text, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @return true if every character of the region is {@code 0} to {@code 9}; true for an empty region
     */
    static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the value of a region of ASCII digits, for which {@link #isDigits(String, int, int)} holds,
     * of at most nine digits.
     *
     * @param text  the text, not null
     * @param from  the start of the digits, inclusive
     * @param to  the end of the digits, exclusive
     * @return the value
     */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /**
     * Skips an optional two-letter prefix such as {@code FY} or {@code CY} (in either case) and the one
     * optional space after it, as {@code (?:FY ?)?} does at the start of a notation.
     *
     * @param text  the text, not null
     * @param from  the start of the region, inclusive
     * @param to  the end of the region, exclusive
     * @param first  the first letter of the prefix in lower case
     * @param second  the second letter of the prefix in lower case
     * @return the index after the prefix and its space, or {@code from} if the region does not start with it
     */
    static int afterPrefix(String text, int from, int to, char first, char second) {
        if (to - from < 2 || !isLetter(text, from, first) || !isLetter(text, from + 1, second)) {
            return from;
        }
        return from + 2 < to && text.charAt(from + 2) == ' ' ? from + 3 : from + 2;
    }

    /**
     * Checks whether a character of a text is an ASCII letter, in either case.
     *
     * @param text  the text, not null
     * @param index  the index of the character
     * @param lowerCase  the letter in lower case, {@code a} to {@code z}
     * @return true if the character is that letter in upper or lower case
     */
    static boolean isLetter(String text, int index, char lowerCase) {
        char c = text.charAt(index);
        return c == lowerCase || c == lowerCase - ('a' - 'A');
    }

    /**
     * Checks whether a character is an ASCII letter, as {@code [a-z]} matches it ignoring case.
     *
     * @param c  the character
     * @return true if it is {@code a} to {@code z} or {@code A} to {@code Z}
     */
    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Checks whether a character is whitespace, including the no-break space of extracted text.
     *
     * @param c  the character
     * @return true if it is whitespace
     */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
