package org.outturn.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Target;

/** The worst colour among the strategies that rate the outturn; otherwise the first one's result. */
final class WorstOfStrategy implements BuiltInStrategy {

    static final String NAME = "worst-of";
    static final List<StrategyParameter> PARAMETERS = List.of(StrategyParameter.strategies("strategies"));

    private final List<RagStrategy> strategies;

    WorstOfStrategy(List<RagStrategy> strategies) {
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
        Assessment chosen = null;
        for (RagStrategy strategy : strategies) {
            Assessment result = BuiltInStrategy.judge(strategy, indicator, target, outturn, value, history);
            if (first == null) {
                first = result;
            }
            if (result.rating().isRated() && (chosen == null
                    || chosen.rag().orElseThrow().isBetterThan(result.rag().orElseThrow()))) {
                chosen = result;
            }
        }
        return chosen != null ? chosen : first;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof WorstOfStrategy other && strategies.equals(other.strategies);
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
