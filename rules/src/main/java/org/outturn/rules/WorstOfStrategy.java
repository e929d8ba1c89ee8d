package org.outturn.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The worst colour among the strategies that rate the outturn; otherwise the first one's result. */
final class WorstOfStrategy implements RagStrategy {

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
    public Assessment assess(StrategyContext context) {
        Assessment first = null;
        Assessment chosen = null;
        for (RagStrategy strategy : strategies) {
            Assessment result = strategy.assess(context);
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
