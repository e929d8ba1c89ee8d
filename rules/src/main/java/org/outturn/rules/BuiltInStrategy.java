package org.outturn.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;

/**
 * A built-in strategy, which judges the parts of a rating as they are: {@link RagPolicy} and the composite
 * strategies call {@link #judge(Indicator, Target, Outturn, BigDecimal, OutturnHistory)} so that a rating
 * builds no {@link StrategyContext}; {@link #assess(StrategyContext)} unpacks a context given by any
 * other caller and makes the same decision.
 */
interface BuiltInStrategy extends RagStrategy {

    /**
     * Judges an outturn, as {@link #assess(StrategyContext)} does with a context of these parts.
     *
     * @param indicator  the indicator, not null
     * @param target  the target for the outturn's period, not null
     * @param outturn  the outturn, not null
     * @param value  the value to judge, not null
     * @param history  the indicator's outturns by period, not null
     * @return the assessment, not null
     */
    Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value, OutturnHistory history);

    @Override
    default Assessment assess(StrategyContext context) {
        return judge(context.indicator(), context.target(), context.outturn(), context.judgedValue(), context.history());
    }

    @Override
    default Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
        return judge(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(outturn, "outturn"), Objects.requireNonNull(value, "judgedValue"),
                OutturnHistory.none());
    }

    /**
     * Asks any strategy to judge the parts: a built-in one directly, any other through a
     * {@link StrategyContext} of them.
     */
    static Assessment judge(RagStrategy strategy, Indicator indicator, Target target, Outturn outturn,
            BigDecimal value, OutturnHistory history) {
        if (strategy instanceof BuiltInStrategy builtIn) {
            return builtIn.judge(indicator, target, outturn, value, history);
        }
        return strategy.assess(StrategyContext.of(indicator, target, outturn, value, history));
    }
}
