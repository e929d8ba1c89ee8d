package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one rule for turning text into a decimal, and a decimal back into text, wherever Outturn reads
 * a number: JSON numbers, numbers given as strings, tolerances ({@code relative 5%}), margins,
 * fractions ({@code 104/7042}) and shares. The limits keep hostile input cheap: a number is at most
 * {@value #MAX_LENGTH} characters long, has at most {@value #MAX_DIGITS} significant digits, and its
 * exponent, once the digits after the point are counted, lies within -{@value #MAX_EXPONENT} -
 * {@value #MAX_EXPONENT} (so {@code 1E+1000} and {@code 1E-1000} are accepted, {@code 1E+1001} and
 * {@code 0.1E-1000} are not).
 *
 * <pre>{@code
 * DecimalText.parse("97.30");       // 97.30, scale 2
 * DecimalText.parse("4.6E+97");     // 4.6E+97, scale -96
 * DecimalText.format(DecimalText.parse("4.6E+97"));   // "4.6E+97", read back with every digit and the scale
 * }</pre>
 *
 * <p>{@link #format(BigDecimal)} and {@link #parse(CharSequence)} are inverses for every value
 * {@code parse} accepts: the text read back has the same digits and the same scale.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class DecimalText {

    /** The longest number accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The most significant digits accepted. */
    public static final int MAX_DIGITS = 100;
    /** The largest exponent accepted either way, counting the digits after the point. */
    public static final int MAX_EXPONENT = 1000;

    /** The most characters of offending text a message repeats. */
    private static final int QUOTED = 40;

    private DecimalText() {
    }

    /**
     * Reads a decimal as {@link BigDecimal#BigDecimal(String)} does (an optional sign, digits with an
     * optional point, an optional exponent: {@code 93.89}, {@code -0.07}, {@code 4.6E+97}), within
     * the limits. The text is not stripped of white space. The work is bounded by the limits, whatever
     * the text.
     *
     * @param text  the text, not null
     * @return the decimal, with the scale the text gives it, not null
     * @throws NumberFormatException if the text is not a decimal number, as in
     *     {@code Invalid number (expected digits with an optional sign, point and exponent, as in 93.89
     *     or 4.6E+97): 'five'}
     * @throws IllegalArgumentException if the number breaks a limit, as in
     *     {@code Invalid number (exponent within -1000 - 1000): 1E+999999999}
     */
    public static BigDecimal parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid number (at most " + MAX_LENGTH + " characters): "
                    + quote(text) + " (" + length + " characters)");
        }
        String number = text.toString();
        int exponentAt = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (!wellFormed(number, exponentAt)) {
            throw new NumberFormatException("Invalid number (expected digits with an optional sign, point and "
                    + "exponent, as in 93.89 or 4.6E+97): '" + quote(text) + "'");
        }
        if (exponentAt >= 0) {
            // An exponent of more than nine digits (after leading zeros) is out of range whatever the digits;
            // refusing it here keeps BigDecimal's own int arithmetic from overflowing.
            int digits = 0;
            for (int i = exponentAt + 1; i < length; i++) {
                char c = number.charAt(i);
                if (c >= '0' && c <= '9' && (digits > 0 || c != '0')) {
                    digits++;
                }
            }
            if (digits > 9) {
                throw exponentOutOfRange(quote(text));
            }
        }
        return check(new BigDecimal(number));
    }

    /**
     * Checks that a decimal is within the limits: at most {@value #MAX_DIGITS} significant digits, and
     * an exponent within -{@value #MAX_EXPONENT} - {@value #MAX_EXPONENT} once the digits after the
     * point are counted (a scale within the same range).
     *
     * @param value  the decimal, not null
     * @return the decimal, unchanged
     * @throws IllegalArgumentException if the decimal breaks a limit, as in
     *     {@code Invalid number (at most 100 significant digits): 12345678901234567890... (101 digits)}
     */
    public static BigDecimal check(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() > MAX_EXPONENT || value.scale() < -MAX_EXPONENT) {
            String digits = value.unscaledValue().toString();
            throw exponentOutOfRange((digits.length() > QUOTED ? digits.substring(0, QUOTED) + "..." : digits)
                    + "E" + (value.scale() > 0 ? "" : "+") + (-(long) value.scale()));
        }
        if (value.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException("Invalid number (at most " + MAX_DIGITS + " significant digits): "
                    + value.unscaledValue().abs().toString().substring(0, QUOTED) + "... (" + value.precision()
                    + " digits)");
        }
        return value;
    }

    /**
     * Returns the text {@link #parse(CharSequence)} reads back as the same decimal, with every digit
     * and the scale: plain digits when the scale is zero or more and they fit within
     * {@value #MAX_LENGTH} characters ({@code 97.30}, {@code 0.0001}), otherwise the exponent form of
     * {@link BigDecimal#toString()} ({@code 4.6E+97}, {@code 1E-999}).
     *
     * A decimal beyond the limits is formatted the same way, and {@code parse} refuses it.
     *
     * @param value  the decimal, not null
     * @return the text, not null
     */
    public static String format(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() >= 0) {
            String plain = value.toPlainString();
            if (plain.length() <= MAX_LENGTH) {
                return plain;
            }
        }
        return value.toString();
    }

    /**
     * Returns the value without trailing zeros, as plain digits when they fit within
     * {@value #MAX_LENGTH} characters ({@code 5.0} gives {@code 5}, {@code 500} gives {@code 500}),
     * otherwise in exponent form ({@code 1E+999}), which {@link #parse(CharSequence)} reads back as an
     * equal value (the scale may differ).
     *
     * @param value  the decimal, not null
     * @return the text, not null
     */
    public static String formatWithoutTrailingZeros(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = stripped.toPlainString();
        if (plain.length() <= MAX_LENGTH) {
            return plain;
        }
        // Stripping 10E+1000 gives 1E+1001, beyond the limit: keep the exponent the value had.
        return (stripped.scale() < -MAX_EXPONENT && value.scale() >= -MAX_EXPONENT
                ? stripped.setScale(-MAX_EXPONENT) : stripped).toString();
    }

    private static IllegalArgumentException exponentOutOfRange(String value) {
        return new IllegalArgumentException("Invalid number (exponent within -" + MAX_EXPONENT + " - "
                + MAX_EXPONENT + "): " + value);
    }

    /** Whether the text is {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}. */
    private static boolean wellFormed(String text, int exponentAt) {
        int end = exponentAt >= 0 ? exponentAt : text.length();
        int i = 0;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (exponentAt < 0) {
            return true;
        }
        int j = exponentAt + 1;
        if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
            j++;
        }
        if (j == text.length()) {
            return false;
        }
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns text to repeat in a message, cut to a few dozen characters. */
    private static String quote(CharSequence text) {
        return text.length() <= QUOTED ? text.toString() : text.subSequence(0, QUOTED) + "...";
    }
}
