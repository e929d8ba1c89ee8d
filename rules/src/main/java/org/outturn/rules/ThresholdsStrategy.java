package org.outturn.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;

/** A green and a red threshold, Amber between. */
final class ThresholdsStrategy implements BuiltInStrategy {

    static final String NAME = "thresholds";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.edge("greenEdge", true),
            StrategyParameter.edge("redEdge", false));

    /** What every assessment of this strategy shares. */
    private static final Assessment.Rule RULE = Assessment.Rule.shared(Assessment.Kind.THRESHOLDS, null, null);

    private final Edges edges;

    ThresholdsStrategy(Edges edges) {
        this.edges = Objects.requireNonNull(edges, "edges");
    }

    static RagStrategy create(StrategySpec spec) {
        return new ThresholdsStrategy(RagStrategies.edges(spec));
    }

    @Override
    public Optional<StrategySpec> spec() {
        return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, RagStrategies.edgeValues(edges)));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment screened = RagStrategies.screen(NAME, indicator, target, outturn, true);
        if (screened != null) {
            return screened;
        }
        if (!(target instanceof Target.Thresholds thresholds)) {
            return RagStrategies.notComparable(NAME, "a thresholds target", indicator, target, outturn);
        }
        Polarity polarity = indicator.polarity();
        Rag rag = RagStrategies.rateBetween(polarity, value, thresholds.green(), thresholds.red(), edges);
        // The reference, the red threshold when Red and the green one otherwise, follows from the colour.
        return Assessment.rated(RULE, indicator, outturn, thresholds, value, rag);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ThresholdsStrategy other && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return edges.hashCode() + 7;
    }

    @Override
    public String toString() {
        return NAME + "(" + edges + ")";
    }
}
