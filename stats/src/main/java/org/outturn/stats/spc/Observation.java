package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Fraction;
import org.outturn.core.Outturn;

/**
 * One point of a series as an SPC chart reads it: a label (such as the period {@code Apr-24}), a
 * value, and for the charts of proportions and rates the numerator and denominator behind it (such as
 * 104 of 7042); or no value for a gap. A gap is kept in its place on the chart, never dropped, and
 * never a special cause.
 *
 * <p>Which part a chart reads: the XmR, c, g and t charts read the {@linkplain #value() value} (the
 * value itself, a count, the opportunities or the time between events); the p, p′, u and u′ charts
 * read the {@linkplain #numerator() numerator} and {@linkplain #denominator() denominator}. A point
 * with a value but no denominator on a chart that needs one is bad data, which the chart reports.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param label  the label, such as {@code Apr-24}, not null
 * @param value  the value, empty for a gap, not null
 * @param numerator  the numerator (a count of events or of a sample's members with the attribute),
 *     present exactly when the denominator is, not null
 * @param denominator  the denominator (a sample size or an exposure), present exactly when the
 *     numerator is, not null
 */
public record Observation(String label, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
        Optional<BigDecimal> denominator) {

    /**
     * Creates an observation.
     *
     * @param label  the label, not null
     * @param value  the value, empty for a gap, not null
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null
     * @throws IllegalArgumentException if only one of the numerator and the denominator is present,
     *     or either is present without a value, as in {@code Invalid value for denominator of Apr-24
     *     (present exactly when the numerator is): none}
     */
    public Observation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.isPresent() != denominator.isPresent()) {
            throw new IllegalArgumentException("Invalid value for denominator of " + label
                    + " (present exactly when the numerator is): "
                    + denominator.map(BigDecimal::toPlainString).orElse("none"));
        }
        if (numerator.isPresent() && value.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for value of " + label
                    + " (present when a numerator and denominator are): none");
        }
    }

    /**
     * Creates an observation without a numerator and denominator.
     *
     * @param label  the label, not null
     * @param value  the value, empty for a gap, not null
     */
    public Observation(String label, Optional<BigDecimal> value) {
        this(label, value, Optional.empty(), Optional.empty());
    }

    /**
     * Returns an observation with a value.
     *
     * @param label  the label, such as {@code Apr-24}, not null
     * @param value  the value, not null
     * @return the observation, not null
     */
    public static Observation of(String label, BigDecimal value) {
        return new Observation(label, Optional.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * Returns an observation of a numerator and a denominator, such as 104 of 7042; its value is the
     * numerator divided by the denominator (16 significant digits, {@link MathContext#DECIMAL64}), a
     * proportion from 0 to 1 or a rate per unit.
     *
     * @param label  the label, such as {@code Apr-24}, not null
     * @param numerator  the numerator, not negative, not null
     * @param denominator  the denominator, positive, not null
     * @return the observation, not null
     * @throws IllegalArgumentException if the numerator is negative or the denominator not positive,
     *     as in {@code Invalid value for denominator of Apr-24 (must be positive): 0}
     */
    public static Observation of(String label, BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        checkFraction(label, numerator, denominator);
        return new Observation(label, Optional.of(numerator.divide(denominator, MathContext.DECIMAL64)),
                Optional.of(numerator), Optional.of(denominator));
    }

    /** Checks a point's numerator is not negative and its denominator positive, naming the point. */
    static void checkFraction(String label, BigDecimal numerator, BigDecimal denominator) {
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("Invalid value for numerator of " + label
                    + " (must not be negative): " + numerator.toPlainString());
        }
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("Invalid value for denominator of " + label
                    + " (must be positive): " + denominator.toPlainString());
        }
    }

    /**
     * Returns a gap: a point with no value.
     *
     * @param label  the label, such as {@code Apr-24}, not null
     * @return the observation, not null
     */
    public static Observation missing(String label) {
        return new Observation(label, Optional.empty());
    }

    /**
     * Returns an outturn as an observation: its period as the label, its value, and the numerator and
     * denominator of its imported {@link Fraction} when it has one; or a gap when it has no value (not
     * yet available, suppressed and so on).
     *
     * @param outturn  the outturn, not null
     * @return the observation, not null
     */
    public static Observation from(Outturn outturn) {
        Objects.requireNonNull(outturn, "outturn");
        Optional<Fraction> fraction = outturn.value().isPresent() ? outturn.fraction() : Optional.empty();
        return new Observation(outturn.period().toString(), outturn.value(), fraction.map(Fraction::numerator),
                fraction.map(Fraction::denominator));
    }

    /**
     * Returns whether the point is a gap: no value.
     *
     * @return true for a gap
     */
    public boolean isGap() {
        return value.isEmpty();
    }
}
