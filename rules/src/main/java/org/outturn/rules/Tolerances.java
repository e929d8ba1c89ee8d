package org.outturn.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.outturn.core.Decimals;
import org.outturn.core.Unit;
import org.outturn.core.DecimalText;

/**
 * The built-in {@link Tolerance}s, and their notation.
 *
 * <p>The notation, printed by each tolerance's {@code toString()} and read by
 * {@link #parse(CharSequence)}, is {@code relative 5%}, {@code absolute 1.5} or {@code none}; numbers
 * print without trailing zeros, so tolerances that are equal print the same.
 *
 * <p>This class is not instantiable; the tolerances it returns are immutable and thread-safe.
 */
public final class Tolerances {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Tolerance NONE = new None();

    private Tolerances() {
    }

    /**
     * Returns a tolerance that is a percentage of the reference, as in <i>Amber = within 5% off
     * target</i>: {@code relative(new BigDecimal("5"))} allows a shortfall of up to 5% of the target.
     *
     * <p>The allowance is {@code |reference| * percent / 100}, computed exactly. A reference of zero
     * therefore allows no shortfall at all (the outturn either meets it or is Red), and a negative
     * reference, such as a Progress 8 score of {@code -0.07}, allows the percentage of its size.
     *
     * @param percent  the percentage, such as {@code 5}, not null, from 0 to 100
     * @return the tolerance, not null
     * @throws IllegalArgumentException if the percentage is negative or above 100, as in
     *     {@code Invalid value for relative tolerance (valid values 0 - 100 per cent): -5}
     */
    public static Tolerance relative(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "Invalid value for relative tolerance (valid values 0 - 100 per cent): " + percent.toPlainString());
        }
        return new Relative(percent);
    }

    /**
     * Returns a tolerance of a fixed amount in the indicator's unit, such as {@code 1.5} percentage
     * points.
     *
     * @param amount  the amount, not null and not negative
     * @return the tolerance, not null
     * @throws IllegalArgumentException if the amount is negative, as in
     *     {@code Invalid value for absolute tolerance (must not be negative): -1}
     */
    public static Tolerance absolute(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(
                    "Invalid value for absolute tolerance (must not be negative): " + amount.toPlainString());
        }
        return new Absolute(amount);
    }

    /**
     * Returns the tolerance that allows no shortfall: an outturn meets its target or is Red.
     *
     * @return the tolerance, not null
     */
    public static Tolerance none() {
        return NONE;
    }

    /**
     * Reads a tolerance from its notation: {@code relative 5%}, {@code absolute 1.5} or {@code none}.
     *
     * @param text  the notation, not null
     * @return the tolerance, not null
     * @throws IllegalArgumentException if the text is not a tolerance's notation, as in
     *     {@code Invalid tolerance 'five percent' (expected relative N%, absolute N or none)}, or breaks
     *     a rule of {@link #relative(BigDecimal)} or {@link #absolute(BigDecimal)}
     */
    public static Tolerance parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String notation = text.toString().strip();
        try {
            if (notation.equals("none")) {
                return NONE;
            }
            if (notation.startsWith("relative ") && notation.endsWith("%")) {
                return relative(DecimalText.parse(notation.substring("relative ".length(), notation.length() - 1)));
            }
            if (notation.startsWith("absolute ")) {
                return absolute(DecimalText.parse(notation.substring("absolute ".length())));
            }
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(
                    "Invalid tolerance '" + text + "' (expected relative N%, absolute N or none)", ex);
        }
        throw new IllegalArgumentException(
                "Invalid tolerance '" + text + "' (expected relative N%, absolute N or none)");
    }

    /**
     * Whether a tolerance can be written in the notation and read back equal: true for the built-ins,
     * false for a custom tolerance that {@link #parse(CharSequence)} does not know.
     */
    static boolean isWritable(Tolerance tolerance) {
        try {
            return parse(tolerance.toString()).equals(tolerance);
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    /**
     * Compares two tolerances of the same built-in kind by size: negative, zero or positive as the first
     * allows less, as much or more; null when they are of different kinds, whose sizes depend on the
     * reference.
     */
    static Integer compareSameKind(Tolerance first, Tolerance second) {
        if (first instanceof Relative a && second instanceof Relative b) {
            return a.percent.compareTo(b.percent);
        }
        if (first instanceof Absolute a && second instanceof Absolute b) {
            return a.amount.compareTo(b.amount);
        }
        if (first instanceof None || second instanceof None) {
            return first.equals(second) ? 0 : first instanceof None ? -1 : 1;
        }
        return null;
    }

    /**
     * Compares how far a value falls short of a reference with the tolerance's allowance for that
     * reference, exactly: the sign of {@code shortfall - tolerance.allowance(reference)}, where the
     * shortfall is {@code reference - value} when higher is better and {@code value - reference} when lower
     * is better (negative when the value is better than the reference).
     *
     * <p>The built-in tolerances decide without building the allowance or the shortfall. A relative
     * tolerance of {@code p}% allows {@code |reference| * p / 100}, so (higher is better)
     * {@code shortfall - allowance = reference - |reference| * p / 100 - value}, and the edge
     * {@code reference - |reference| * p / 100} is {@code reference * (100 - p) / 100} for a reference of zero or
     * more and {@code reference * (100 + p) / 100} below zero: one exact product of the reference with a
     * factor fixed by the tolerance (the division by 100 only moves the decimal point), compared with the
     * value by {@code compareTo}. Lower is better mirrors it: the edge is {@code reference + |reference| * p / 100}.
     * An absolute tolerance's edge is {@code reference - amount} (or {@code + amount}); none's is the
     * reference itself, which needs no arithmetic at all. A custom tolerance is asked for its allowance, as
     * before. Every path is exact, so the sign is the same as that of the difference computed in full.
     *
     * @param tolerance  the tolerance, not null
     * @param higherIsBetter  true when a higher value is better, false when a lower one is
     * @param value  the value, not null
     * @param reference  the reference, not null
     * @return -1, 0 or 1 as the shortfall is less than, equal to or more than the allowance
     */
    static int compareShortfall(Tolerance tolerance, boolean higherIsBetter, BigDecimal value, BigDecimal reference) {
        BigDecimal edge = edge(tolerance, higherIsBetter, reference);
        if (edge == null) {
            BigDecimal shortfall = higherIsBetter ? reference.subtract(value) : value.subtract(reference);
            return Integer.signum(shortfall.compareTo(tolerance.allowance(reference)));
        }
        return compareWithEdge(higherIsBetter, value, edge);
    }

    /**
     * Returns the edge a built-in tolerance puts beside a reference, exactly: the value whose shortfall equals
     * the allowance (see {@link #compareShortfall}), or null for a custom tolerance, which is asked for its
     * allowance instead.
     *
     * @param tolerance  the tolerance, not null
     * @param higherIsBetter  true when a higher value is better, false when a lower one is
     * @param reference  the reference, not null
     * @return the edge, null for a tolerance that is not a built-in one
     */
    static BigDecimal edge(Tolerance tolerance, boolean higherIsBetter, BigDecimal reference) {
        if (tolerance instanceof Relative relative) {
            return relative.edge(higherIsBetter, reference);
        }
        if (tolerance instanceof Absolute absolute) {
            return absolute.amount.signum() == 0 ? reference
                    : higherIsBetter ? reference.subtract(absolute.amount) : reference.add(absolute.amount);
        }
        if (tolerance instanceof None) {
            return reference;
        }
        return null;
    }

    /**
     * Compares how far a value falls short of a reference with an allowance, given the edge they make: the
     * sign that {@link #compareShortfall} gives.
     *
     * @param higherIsBetter  true when a higher value is better, false when a lower one is
     * @param value  the value, not null
     * @param edge  the edge, from {@link #edge}, not null
     * @return -1, 0 or 1 as the shortfall is less than, equal to or more than the allowance
     */
    static int compareWithEdge(boolean higherIsBetter, BigDecimal value, BigDecimal edge) {
        return Integer.signum(higherIsBetter ? edge.compareTo(value) : value.compareTo(edge));
    }

    /** The canonical notation of a number: no trailing zeros, no exponent ({@code 5.0} prints {@code 5}). */
    private static String plain(BigDecimal value) {
        return DecimalText.formatWithoutTrailingZeros(value);
    }

    /** A percentage of the reference. */
    static final class Relative implements Tolerance {
        private final BigDecimal percent;
        /** {@code (100 - percent) / 100}: the reference's share left once the allowance is taken off. */
        private final BigDecimal lessFactor;
        /** {@code (100 + percent) / 100}: the reference's share once the allowance is added. */
        private final BigDecimal moreFactor;

        Relative(BigDecimal percent) {
            this.percent = percent;
            this.lessFactor = HUNDRED.subtract(percent).movePointLeft(2);
            this.moreFactor = HUNDRED.add(percent).movePointLeft(2);
        }

        /**
         * The red edge for a reference: {@code reference - |reference| * percent / 100} when higher is better,
         * {@code reference + |reference| * percent / 100} when lower is better, as one exact product.
         */
        BigDecimal edge(boolean higherIsBetter, BigDecimal reference) {
            int sign = reference.signum();
            if (sign == 0 || percent.signum() == 0) {
                return reference;
            }
            // Taking |reference| * p / 100 off a positive reference, or adding it to a negative one, is
            // multiplying by (100 - p) / 100; the other two cases multiply by (100 + p) / 100.
            return reference.multiply(higherIsBetter == sign > 0 ? lessFactor : moreFactor);
        }

        @Override
        public BigDecimal allowance(BigDecimal reference) {
            return reference.abs().multiply(percent).movePointLeft(2);
        }

        BigDecimal percent() {
            return percent;
        }

        @Override
        public String label() {
            return plain(percent) + "%";
        }

        @Override
        public String describe(String noun, Unit unit) {
            return "the " + label() + " " + noun;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Relative other && Decimals.equal(percent, other.percent);
        }

        @Override
        public int hashCode() {
            return Decimals.hash(percent);
        }

        @Override
        public String toString() {
            return "relative " + plain(percent) + "%";
        }
    }

    /** A fixed amount in the indicator's unit. */
    static final class Absolute implements Tolerance {
        private final BigDecimal amount;

        Absolute(BigDecimal amount) {
            this.amount = amount;
        }

        @Override
        public BigDecimal allowance(BigDecimal reference) {
            return amount;
        }

        BigDecimal amount() {
            return amount;
        }

        @Override
        public String label() {
            return plain(amount);
        }

        @Override
        public String describe(String noun, Unit unit) {
            return "the " + noun + " of " + ExplanationFormatter.english().change(amount, unit);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Absolute other && Decimals.equal(amount, other.amount);
        }

        @Override
        public int hashCode() {
            return Decimals.hash(amount);
        }

        @Override
        public String toString() {
            return "absolute " + plain(amount);
        }
    }

    /** No allowance. */
    static final class None implements Tolerance {
        @Override
        public BigDecimal allowance(BigDecimal reference) {
            return BigDecimal.ZERO;
        }

        @Override
        public String label() {
            return "zero";
        }

        @Override
        public String toString() {
            return "none";
        }
    }
}
