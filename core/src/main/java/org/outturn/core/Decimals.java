package org.outturn.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Equality of decimals regardless of scale, as in JSR 354: {@code 97.30} equals {@code 97.3}, while
 * each value keeps its own published scale. This is the one place Outturn states the rule; every
 * {@code equals} and {@code hashCode} over a {@link BigDecimal} in Outturn uses it, and so can
 * custom strategies and tolerances.
 *
 * <pre>{@code
 * Decimals.equal(new BigDecimal("97.30"), new BigDecimal("97.3")); // true
 * new BigDecimal("97.30").equals(new BigDecimal("97.3"));          // false: BigDecimal.equals compares scale
 * }</pre>
 *
 * <p>{@link #hash(BigDecimal)} is consistent with {@link #equal(BigDecimal, BigDecimal)}: equal
 * decimals have equal hashes. This class is stateless and thread-safe.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Whether two decimals are numerically equal, ignoring their scale, by {@code compareTo}.
     * Like {@link Objects#equals(Object, Object)}, two nulls are equal and a null equals no decimal,
     * so that it can compare optional fields.
     *
     * @param a  a decimal, may be null
     * @param b  another decimal, may be null
     * @return true if both are null, or both are numerically equal
     */
    public static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * Whether two optional decimals are both empty, or both present and numerically equal ignoring
     * their scale.
     *
     * @param a  an optional decimal, not null
     * @param b  another optional decimal, not null
     * @return true if both are empty, or both are present and equal
     */
    public static boolean equal(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return equal(a.orElse(null), b.orElse(null));
    }

    /**
     * Returns a hash code consistent with {@link #equal(BigDecimal, BigDecimal)}: the same for
     * {@code 97.30} and {@code 97.3}, and for every zero.
     *
     * @param value  the decimal, may be null (hash 0)
     * @return the hash code
     */
    public static int hash(BigDecimal value) {
        return value == null || value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    /**
     * Returns a hash code consistent with {@link #equal(Optional, Optional)}.
     *
     * @param value  the optional decimal, not null
     * @return the hash code, that of {@link #hash(BigDecimal)} for a present value
     */
    public static int hash(Optional<BigDecimal> value) {
        Objects.requireNonNull(value, "value");
        return value.map(Decimals::hash).orElse(-1);
    }
}
