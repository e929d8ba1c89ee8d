package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lower and upper confidence limits published with a value, both inclusive, such as
 * {@code 61.2 - 68.9} around {@code 65.1}.
 *
 * <p>Each limit keeps its published scale; equality ignores the scale ({@code 61.2 - 68.9} equals
 * {@code 61.20 - 68.90}). The interval does not know its level: an {@link Outturn} holds it under a
 * {@link ConfidenceLevel}.
 *
 * <p>The notation printed by {@link #toString()} is {@code lower - upper}, such as {@code 61.2 - 68.9}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfidenceInterval {

    private final BigDecimal lowerInclusive;
    private final BigDecimal upperInclusive;

    private ConfidenceInterval(BigDecimal lowerInclusive, BigDecimal upperInclusive) {
        if (lowerInclusive.compareTo(upperInclusive) > 0) {
            throw Checks.invalid("confidence interval", "lower limit must not exceed upper limit",
                    lowerInclusive.toPlainString() + " - " + upperInclusive.toPlainString());
        }
        this.lowerInclusive = lowerInclusive;
        this.upperInclusive = upperInclusive;
    }

    /**
     * Returns an interval from its two limits.
     *
     * @param lowerInclusive  the lower confidence limit, not null
     * @param upperInclusive  the upper confidence limit, not null
     * @return the interval, not null
     * @throws IllegalArgumentException if the lower limit exceeds the upper one, with a message such as
     *     {@code Invalid value for confidence interval (lower limit must not exceed upper limit): 68.9 - 61.2}
     */
    public static ConfidenceInterval of(BigDecimal lowerInclusive, BigDecimal upperInclusive) {
        Objects.requireNonNull(lowerInclusive, "lowerInclusive");
        Objects.requireNonNull(upperInclusive, "upperInclusive");
        return new ConfidenceInterval(lowerInclusive, upperInclusive);
    }

    /**
     * Returns the lower confidence limit.
     *
     * @return the lower limit, inclusive, not null
     */
    public BigDecimal lowerInclusive() {
        return lowerInclusive;
    }

    /**
     * Returns the upper confidence limit.
     *
     * @return the upper limit, inclusive, not null
     */
    public BigDecimal upperInclusive() {
        return upperInclusive;
    }

    /**
     * Whether a value lies within the interval, limits included, compared exactly.
     *
     * @param value  the value, not null
     * @return true if {@code lowerInclusive <= value <= upperInclusive}
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return lowerInclusive.compareTo(value) <= 0 && value.compareTo(upperInclusive) <= 0;
    }

    /**
     * Whether another interval lies within this one, limits included.
     *
     * @param other  the other interval, not null
     * @return true if both of the other's limits lie within this interval
     */
    public boolean contains(ConfidenceInterval other) {
        Objects.requireNonNull(other, "other");
        return contains(other.lowerInclusive) && contains(other.upperInclusive);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ConfidenceInterval other
                && Decimals.equal(lowerInclusive, other.lowerInclusive)
                && Decimals.equal(upperInclusive, other.upperInclusive);
    }

    @Override
    public int hashCode() {
        return 31 * Decimals.hash(lowerInclusive) + Decimals.hash(upperInclusive);
    }

    /**
     * Returns the notation {@code lower - upper}, such as {@code 61.2 - 68.9}.
     *
     * @return the notation, not null
     */
    @Override
    public String toString() {
        return lowerInclusive.toPlainString() + " - " + upperInclusive.toPlainString();
    }
}
