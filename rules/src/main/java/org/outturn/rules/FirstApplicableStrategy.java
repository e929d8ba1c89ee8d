package org.outturn.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.UnratedReason;

/** The first strategy whose result is not {@link UnratedReason#NOT_COMPARABLE}. */
final class FirstApplicableStrategy implements RagStrategy {

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
    public Assessment assess(StrategyContext context) {
        Assessment first = null;
        for (RagStrategy strategy : strategies) {
            Assessment result = strategy.assess(context);
            if (first == null) {
                first = result;
            }
            if (result.rating().unratedReason().orElse(null) != UnratedReason.NOT_COMPARABLE) {
                return result;
            }
        }
        if (strategies.size() > 1) {
            return Assessment.unrated(context.indicator(), context.outturn(), context.target(),
                    UnratedReason.NOT_COMPARABLE, "no strategy of " + this + " applies to " + context.target());
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
