package org.outturn.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;

/**
 * Rates an outturn's value against a target, for an indicator.
 *
 * <p>A {@link RagPolicy} calls its strategy only once it knows there is something to judge: the
 * indicator is rated (its polarity is not {@code NONE}), the outturn has a value, and a target
 * applies to the outturn's period. The strategy is given all of that in a {@link StrategyContext},
 * with the indicator's other outturns for a rule that compares with an earlier period. It decides the
 * colour, or an unrated result when the target is of a kind it cannot judge
 * ({@link org.outturn.core.UnratedReason#NOT_COMPARABLE}), and returns an {@link Assessment} that
 * explains it.
 *
 * <p>The built-ins come from {@link RagStrategies}; custom strategies are published through
 * {@link org.outturn.rules.spi.RagStrategyProvider}. A strategy that a {@link RagPolicy} holds must
 * {@linkplain #spec() describe itself}, so that the policy can be written as JSON and read back equal;
 * a lambda can be used directly, for a one-off rating, but not in a policy.
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
     * @param context  the indicator, target, outturn, value to judge and history, not null
     * @return the assessment, not null
     */
    Assessment assess(StrategyContext context);

    /**
     * Rates a value against a target, without a history: a shorthand for
     * {@code assess(StrategyContext.of(indicator, target, outturn, value, OutturnHistory.none()))}.
     *
     * @param indicator  the indicator, giving the polarity, unit and benchmarks, not null
     * @param target  the target that applies to the outturn's period, not null
     * @param outturn  the outturn being rated, not null
     * @param value  the value to judge: the outturn's value, rounded if the policy rounds, not null
     * @return the assessment, not null
     */
    default Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
        return assess(StrategyContext.of(indicator, target, outturn, value, OutturnHistory.none()));
    }

    /**
     * Returns what this strategy is, by registry name and parameters, so that the registry can create
     * it again: {@code RagStrategyRegistry.standard().create(strategy.spec().orElseThrow())} equals this
     * strategy. The built-ins and every strategy a provider creates should describe themselves.
     *
     * @return the spec, defaults left out; empty (the default) when the strategy cannot be named
     */
    default Optional<StrategySpec> spec() {
        return Optional.empty();
    }
}
