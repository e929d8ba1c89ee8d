package org.outturn.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/** An acceptable band with an amber margin. */
final class BandStrategy implements BuiltInStrategy {

    static final String NAME = "band";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.tolerance("margin", Tolerances.none()),
            StrategyParameter.edge("greenEdge", true),
            StrategyParameter.edge("redEdge", true));

    private final Tolerance margin;
    private final Edges edges;
    /** What every assessment of this strategy shares. */
    private final Assessment.Rule rule;

    BandStrategy(Tolerance margin, Edges edges) {
        this.margin = Objects.requireNonNull(margin, "amberMargin");
        this.edges = Objects.requireNonNull(edges, "edges");
        this.rule = Assessment.Rule.shared(Assessment.Kind.BAND, margin, null);
    }

    static RagStrategy create(StrategySpec spec) {
        return new BandStrategy(spec.tolerance("margin"), RagStrategies.edges(spec));
    }

    @Override
    public Optional<StrategySpec> spec() {
        Map<String, Object> values = new LinkedHashMap<>(RagStrategies.edgeValues(edges));
        values.put("margin", margin);
        return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, values));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment screened = RagStrategies.screen(NAME, indicator, target, outturn, false);
        if (screened != null) {
            return screened;
        }
        if (!(target instanceof Target.Band band)) {
            return RagStrategies.notComparable(NAME, "a band target", indicator, target, outturn);
        }
        Polarity polarity = indicator.polarity();
        if (polarity == Polarity.NONE) {
            return Assessment.unrated(indicator, outturn, band, UnratedReason.NOT_RATED_MEASURE,
                    "a context measure is not rated");
        }
        boolean below = !edges.isGreen(value.compareTo(band.lowInclusive()));
        boolean above = !edges.isGreen(-value.compareTo(band.highInclusive()));
        // The reference, the bound the value lies beyond or the nearer bound when inside, follows from the
        // value; the assessment works it out only when asked for, so that a rating does not subtract for it.
        Rag rag;
        if (below && above) {
            // A one-point band with an exclusive green edge: the value sits on it.
            rag = outside(true, indicator, band, value);
        } else if (below) {
            rag = polarity == Polarity.LOWER_IS_BETTER ? Rag.GREEN : outside(true, indicator, band, value);
        } else if (above) {
            rag = polarity == Polarity.HIGHER_IS_BETTER ? Rag.GREEN : outside(false, indicator, band, value);
        } else {
            rag = Rag.GREEN;
        }
        return Assessment.rated(rule, indicator, outturn, band, value, rag);
    }

    /**
     * Amber or Red for a value outside the band: below the lower bound ({@code low}, the distance
     * {@code bound - value}) or above the higher one ({@code !low}, the distance {@code value - bound}), against
     * the margin: by the edges kept for the band when the margin is a built-in tolerance (worked out on the
     * band's first rating outside it), else by asking the margin.
     */
    private Rag outside(boolean low, Indicator indicator, Target.Band band, BigDecimal value) {
        TargetEdges known = TargetEdges.find(this, indicator, band, true);
        if (known == null) {
            BigDecimal below = Tolerances.edge(margin, true, band.lowInclusive());
            BigDecimal above = Tolerances.edge(margin, false, band.highInclusive());
            if (below == null || above == null) {
                BigDecimal bound = low ? band.lowInclusive() : band.highInclusive();
                return edges.isRed(Tolerances.compareShortfall(margin, low, value, bound)) ? Rag.RED : Rag.AMBER;
            }
            known = TargetEdges.keep(this, indicator, band, true, below, above);
        }
        int beyond = Tolerances.compareWithEdge(low, value, low ? known.first() : known.second());
        return edges.isRed(beyond) ? Rag.RED : Rag.AMBER;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BandStrategy other && margin.equals(other.margin) && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(margin, edges);
    }

    @Override
    public String toString() {
        return "band(margin " + margin + ", " + edges + ")";
    }
}
