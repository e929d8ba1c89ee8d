package org.outturn.rules;

import java.math.BigDecimal;
import org.outturn.core.Unit;

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
 * tolerance are equal. A policy is written as JSON with each tolerance's {@code toString()}, so only a
 * tolerance that {@link Tolerances#parse(CharSequence)} reads back can be part of a built-in strategy in a
 * {@link RagPolicy}; a custom strategy's provider reads its own.
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
     * tolerance". The default is {@link Object#toString()}.
     *
     * @return the label, not null
     */
    default String label() {
        return toString();
    }

    /**
     * Returns how an explanation names this tolerance, with the noun the explanation uses for it
     * ({@code tolerance}, {@code green tolerance} or {@code margin}): {@code the 5% tolerance},
     * {@code the tolerance of 1.5 points}. The default is {@code "the " + noun + " " + label()}; a custom
     * tolerance overrides it to read well.
     *
     * @param noun  the noun, such as {@code tolerance}, not null
     * @param unit  the indicator's unit, for an amount in its terms, not null
     * @return the words, not null
     */
    default String describe(String noun, Unit unit) {
        return "the " + noun + " " + label();
    }
}
