package org.outturn.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/** The first strategy whose result is not {@link UnratedReason#NOT_COMPARABLE}. */
final class FirstApplicableStrategy implements BuiltInStrategy {

    static final String NAME = "first-applicable";
    static final List<StrategyParameter> PARAMETERS = List.of(StrategyParameter.strategies("strategies"));

    private final List<RagStrategy> strategies;

    FirstApplicableStrategy(List<RagStrategy> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    @Override
    public Optional<StrategySpec> spec() {
        return RagStrategies.compositeSpec(NAME, strategies);
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment first = null;
        for (RagStrategy strategy : strategies) {
            Assessment result = BuiltInStrategy.judge(strategy, indicator, target, outturn, value, history);
            if (first == null) {
                first = result;
            }
            if (result.rating().unratedReason().orElse(null) != UnratedReason.NOT_COMPARABLE) {
                return result;
            }
        }
        if (strategies.size() > 1) {
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                    "no strategy of " + this + " applies to " + target);
        }
        return first;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FirstApplicableStrategy other && strategies.equals(other.strategies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NAME, strategies);
    }

    @Override
    public String toString() {
        return NAME + strategies;
    }
}
