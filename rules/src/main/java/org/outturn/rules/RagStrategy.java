package org.outturn.rules;

import java.math.BigDecimal;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;

/**
 * Rates an outturn's value against a target, for an indicator.
 *
 * <p>A {@link RagPolicy} calls its strategy only once it knows there is something to judge: the
 * indicator is rated (its polarity is not {@code NONE}), the outturn has a value, and a target
 * applies to the outturn's period. The strategy decides the colour, or an unrated result when the
 * target is of a kind it cannot judge ({@link org.outturn.core.UnratedReason#NOT_COMPARABLE}), and
 * returns an {@link Assessment} that explains it.
 *
 * <p>The built-ins come from {@link RagStrategies}; custom strategies can be published through
 * {@link org.outturn.rules.spi.RagStrategyProvider}.
 *
 * <p>Contract for implementations: immutable and thread-safe; value-like ({@code equals},
 * {@code hashCode} and {@code toString} describe the configuration, so that two services with the
 * same policy are seen to compute the same result); never throw for a reason in the data, but
 * return an unrated assessment with the reason; compare decimals exactly, without floating point.
 */
@FunctionalInterface
public interface RagStrategy {

    /**
     * Rates a value against a target.
     *
     * @param indicator  the indicator, giving the polarity, unit and benchmarks, not null
     * @param target  the target that applies to the outturn's period, not null
     * @param outturn  the outturn being rated, with a value, not null
     * @param value  the value to judge: the outturn's value, rounded if the policy rounds, not null
     * @return the assessment, not null
     */
    Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value);
}
