package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numerator and denominator behind a published value, as in {@code 1.5% (104/7042)}.
 *
 * <p>The canonical notation is {@code numerator/denominator}, such as {@code 104/7042}; it is printed
 * by {@link #toString()} and read by {@link #parse(CharSequence)}. Equality ignores the scale of the
 * numbers ({@code 104/7042} equals {@code 104.0/7042}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction {

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Fraction(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = Checks.notNegative("numerator", numerator);
        if (denominator.signum() <= 0) {
            throw Checks.invalid("denominator", "must be positive", denominator.toPlainString());
        }
        this.denominator = denominator;
    }

    /**
     * Returns a fraction of two counts, such as {@code Fraction.of(104, 7042)}.
     *
     * @param numerator  the numerator, not negative
     * @param denominator  the denominator, positive
     * @return the fraction, not null
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not
     *     positive, for example {@code Invalid value for denominator (must be positive): 0}
     */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Returns a fraction of two decimals.
     *
     * @param numerator  the numerator, not null and not negative
     * @param denominator  the denominator, not null and positive
     * @return the fraction, not null
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        return new Fraction(numerator, denominator);
    }

    /**
     * Reads a fraction from its notation {@code numerator/denominator}, such as {@code 104/7042}.
     * White space around the slash is allowed.
     *
     * @param text  the text, not null
     * @return the fraction, not null
     * @throws IllegalArgumentException if the text is not a fraction, a number breaks a limit of
     *     {@link DecimalText#parse(CharSequence)}, or the numbers break a rule of
     *     {@link #of(BigDecimal, BigDecimal)}
     */
    public static Fraction parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String notation = text.toString();
        int slash = notation.indexOf('/');
        if (slash < 0 || notation.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException(
                    "Invalid fraction '" + notation + "' (expected numerator/denominator, as in 104/7042)");
        }
        BigDecimal numerator;
        BigDecimal denominator;
        try {
            numerator = DecimalText.parse(notation.substring(0, slash).strip());
            denominator = DecimalText.parse(notation.substring(slash + 1).strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(
                    "Invalid fraction '" + notation + "' (expected numerator/denominator, as in 104/7042)", ex);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Invalid fraction '" + notation + "': " + ex.getMessage(), ex);
        }
        return of(numerator, denominator);
    }

    /**
     * Returns the numerator.
     *
     * @return the numerator, not negative
     */
    public BigDecimal numerator() {
        return numerator;
    }

    /**
     * Returns the denominator.
     *
     * @return the denominator, positive
     */
    public BigDecimal denominator() {
        return denominator;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Fraction other
                && Decimals.equal(numerator, other.numerator)
                && Decimals.equal(denominator, other.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * Decimals.hash(numerator) + Decimals.hash(denominator);
    }

    /**
     * Returns the notation {@code numerator/denominator}, such as {@code 104/7042}, each number as
     * {@link DecimalText#format(BigDecimal)} writes it, so that {@link #parse(CharSequence)} reads
     * back every digit and the scale ({@code 1E+3/7} stays {@code 1E+3/7}).
     *
     * @return the notation, not null
     */
    @Override
    public String toString() {
        return DecimalText.format(numerator) + "/" + DecimalText.format(denominator);
    }
}
