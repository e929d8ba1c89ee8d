package org.outturn.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;

/** Blue for a Green that beats its reference by a margin. */
final class WithBlueStrategy implements BuiltInStrategy {

    static final String NAME = "with-blue";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.strategy("strategy"),
            StrategyParameter.tolerance("margin"));

    private final RagStrategy strategy;
    private final Tolerance margin;

    WithBlueStrategy(RagStrategy strategy, Tolerance margin) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.margin = Objects.requireNonNull(margin, "margin");
    }

    @Override
    public Optional<StrategySpec> spec() {
        return strategy.spec().map(inner -> StrategySpec.of(NAME, Map.of("strategy", inner, "margin", margin)));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment result = BuiltInStrategy.judge(strategy, indicator, target, outturn, value, history);
        Polarity polarity = indicator.polarity();
        if (result.rag().orElse(null) != Rag.GREEN || result.reference().isEmpty() || !polarity.isDirectional()) {
            return result;
        }
        // A band's reference is the edge nearest the value, which for a value inside the band may be
        // the worse edge; Blue is judged from the better edge, so that a better value is never less blue.
        BigDecimal reference = target instanceof Target.Band band
                ? (polarity == Polarity.HIGHER_IS_BETTER ? band.highInclusive() : band.lowInclusive())
                : result.reference().get();
        BigDecimal beyond = polarity == Polarity.HIGHER_IS_BETTER ? value.subtract(reference) : reference.subtract(value);
        if (beyond.signum() > 0 && beyond.compareTo(margin.allowance(reference)) >= 0) {
            return result.withRag(Rag.BLUE);
        }
        return result;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof WithBlueStrategy other && strategy.equals(other.strategy) && margin.equals(other.margin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, margin);
    }

    @Override
    public String toString() {
        return "with-blue(margin " + margin + ", " + strategy + ")";
    }
}
