package org.outturn.rules;

import java.math.BigDecimal;

/**
 * How far an outturn may fall short of a reference value (a target, a benchmark or a band's edge)
 * and still be Amber rather than Red.
 *
 * <p>The built-ins come from {@link Tolerances}: {@linkplain Tolerances#relative(BigDecimal) relative}
 * ({@code 5%} of the reference), {@linkplain Tolerances#absolute(BigDecimal) absolute} ({@code 1.5} in
 * the indicator's unit, such as percentage points) and {@linkplain Tolerances#none() none} (met or not
 * met). Reports often do not say which kind they use; Outturn never guesses, the policy says.
 *
 * <p>Implementations must be immutable and thread-safe, and should implement {@code equals},
 * {@code hashCode} and {@code toString} from their configuration, so that two policies with the same
 * tolerance are equal.
 */
@FunctionalInterface
public interface Tolerance {

    /**
     * Returns the largest shortfall from the reference that is still within tolerance, exactly.
     *
     * @param reference  the value the outturn is judged against, not null
     * @return the allowance, not null and not negative
     */
    BigDecimal allowance(BigDecimal reference);

    /**
     * Returns the tolerance as an explanation names it, such as {@code 5%} in "within the 5%
     * tolerance". The default is {@code toString()}.
     *
     * @return the label, not null
     */
    default String label() {
        return toString();
    }
}
