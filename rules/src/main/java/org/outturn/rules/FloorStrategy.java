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
import org.outturn.core.UnratedReason;

/** A target with a floor standard: Green at the target, Amber down to the floor, Red below it. */
final class FloorStrategy implements BuiltInStrategy {

    static final String NAME = "floor";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.edge("greenEdge", true),
            StrategyParameter.edge("redEdge", false));

    /** What every assessment of this strategy shares. */
    private static final Assessment.Rule RULE = Assessment.Rule.shared(Assessment.Kind.FLOOR, null, null);

    private final Edges edges;

    FloorStrategy(Edges edges) {
        this.edges = Objects.requireNonNull(edges, "edges");
    }

    static RagStrategy create(StrategySpec spec) {
        return new FloorStrategy(RagStrategies.edges(spec));
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
        if (!(target instanceof Target.WithFloor floor)) {
            return RagStrategies.notComparable(NAME, "a target with a floor", indicator, target, outturn);
        }
        Polarity polarity = indicator.polarity();
        if (polarity.compareBetter(floor.value(), floor.floor()) < 0) {
            return Assessment.unrated(indicator, outturn, floor, UnratedReason.NOT_COMPARABLE,
                    "the " + NAME + " strategy needs a floor no better than the target (" + polarity.displayName()
                            + "), not " + floor);
        }
        Rag rag = RagStrategies.rateBetween(polarity, value, floor.value(), floor.floor(), edges);
        // The reference, the floor when Red and the target otherwise, follows from the colour.
        return Assessment.rated(RULE, indicator, outturn, floor, value, rag);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FloorStrategy other && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return edges.hashCode() + 13;
    }

    @Override
    public String toString() {
        return NAME + "(" + edges + ")";
    }
}
