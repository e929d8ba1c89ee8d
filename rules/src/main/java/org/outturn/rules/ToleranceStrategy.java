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
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/**
 * A single target with a tolerance, an optional green-side tolerance and, optionally, Amber instead of
 * Red beyond the tolerance when the outturn is at least as good as an earlier one.
 */
final class ToleranceStrategy implements BuiltInStrategy {

    static final String NAME = "tolerance";
    static final String RED = "red";
    static final String AMBER_IF_IMPROVED = "amber-if-improved";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.tolerance("tolerance"),
            StrategyParameter.tolerance("greenTolerance", Tolerances.none()),
            StrategyParameter.edge("greenEdge", true),
            StrategyParameter.edge("redEdge", true),
            StrategyParameter.choice("beyondTolerance", RED, RED, AMBER_IF_IMPROVED),
            StrategyParameter.choice("comparedWith", ComparedWith.PREVIOUS_YEAR.notation(),
                    ComparedWith.PREVIOUS_YEAR.notation(), ComparedWith.PREVIOUS_PERIOD.notation()),
            StrategyParameter.choice("missingComparison", MissingComparison.UNRATED.notation(),
                    MissingComparison.UNRATED.notation(), MissingComparison.RED.notation()));

    private final Tolerance tolerance;
    private final Tolerance greenTolerance;
    private final Edges edges;
    /** The earlier outturn to compare with beyond the tolerance, or null for Red beyond it. */
    private final ComparedWith comparedWith;
    private final MissingComparison missing;
    /** The green tolerance as an assessment records it: null when it is none. */
    private final Tolerance greenToleranceUsed;
    /** What every assessment of a value against its target shares. */
    private final Assessment.Rule rule;

    ToleranceStrategy(Tolerance greenTolerance, Tolerance tolerance, Edges edges, ComparedWith comparedWith,
            MissingComparison missing) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.greenTolerance = Objects.requireNonNull(greenTolerance, "greenTolerance");
        this.edges = Objects.requireNonNull(edges, "edges");
        this.comparedWith = comparedWith;
        this.missing = comparedWith == null ? MissingComparison.UNRATED : Objects.requireNonNull(missing, "missing");
        this.greenToleranceUsed = greenTolerance.equals(Tolerances.none()) ? null : greenTolerance;
        this.rule = Assessment.Rule.shared(Assessment.Kind.AGAINST_REFERENCE, tolerance, greenToleranceUsed);
        Integer order = Tolerances.compareSameKind(greenTolerance, tolerance);
        if (order != null && order > 0) {
            throw new IllegalArgumentException("Invalid value for greenTolerance (must not exceed the tolerance, "
                    + tolerance + "): " + greenTolerance);
        }
    }

    static RagStrategy create(StrategySpec spec) {
        boolean amberIfImproved = spec.text("beyondTolerance").equals(AMBER_IF_IMPROVED);
        return new ToleranceStrategy(spec.tolerance("greenTolerance"), spec.tolerance("tolerance"),
                RagStrategies.edges(spec),
                amberIfImproved ? ComparedWith.ofNotation(spec.text("comparedWith")) : null,
                MissingComparison.ofNotation(spec.text("missingComparison")));
    }

    @Override
    public Optional<StrategySpec> spec() {
        Map<String, Object> values = new LinkedHashMap<>(RagStrategies.edgeValues(edges));
        values.put("tolerance", tolerance);
        values.put("greenTolerance", greenTolerance);
        if (comparedWith != null) {
            values.put("beyondTolerance", AMBER_IF_IMPROVED);
            values.put("comparedWith", comparedWith.notation());
            values.put("missingComparison", missing.notation());
        }
        return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, values));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment screened = RagStrategies.screen(NAME, indicator, target, outturn, true);
        if (screened != null) {
            return screened;
        }
        if (!(target instanceof Target.Single single)) {
            return RagStrategies.notComparable(NAME, "a single target", indicator, target, outturn);
        }
        Rag rag = rate(indicator, single, value);
        if (rag == Rag.RED && comparedWith != null) {
            return compare(indicator, single, outturn, value, history);
        }
        return Assessment.rated(rule, indicator, outturn, single, value, rag);
    }

    /**
     * Rates a value against a single target: by the edges kept for the target when the tolerances are built-in
     * ones (worked out on the target's first rating), else by asking the tolerances.
     */
    private Rag rate(Indicator indicator, Target.Single single, BigDecimal value) {
        boolean higher = indicator.polarity() == Polarity.HIGHER_IS_BETTER;
        TargetEdges known = TargetEdges.find(this, indicator, single, higher);
        if (known == null) {
            BigDecimal green = Tolerances.edge(greenTolerance, higher, single.value());
            BigDecimal red = Tolerances.edge(tolerance, higher, single.value());
            if (green == null || red == null) {
                return RagStrategies.rate(indicator.polarity(), value, single.value(), greenTolerance, tolerance, edges);
            }
            known = TargetEdges.keep(this, indicator, single, higher, green, red);
        }
        return RagStrategies.rateByEdges(higher, value, known.first(), known.second(), edges);
    }

    /** Beyond the tolerance: Amber if at least as good as the earlier outturn, Red if worse. */
    private Assessment compare(Indicator indicator, Target.Single single, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        ReportingPeriod earlier;
        try {
            earlier = comparedWith.periodBefore(outturn.period());
        } catch (IllegalArgumentException ex) {
            return missing(indicator, single, outturn, value, null);
        }
        Optional<Outturn> found = history.outturnFor(earlier).filter(Outturn::isAvailable);
        if (found.isEmpty()) {
            return missing(indicator, single, outturn, value, earlier);
        }
        BigDecimal before = found.get().value().orElseThrow();
        boolean improved = indicator.polarity().compareBetter(value, before) >= 0;
        return Assessment.rated(Assessment.Kind.AGAINST_REFERENCE, indicator, outturn, single, tolerance,
                greenToleranceUsed, value, single.value(), improved ? Rag.AMBER : Rag.RED, earlier, found.get());
    }

    private Assessment missing(Indicator indicator, Target.Single single, Outturn outturn, BigDecimal value,
            ReportingPeriod earlier) {
        String period = earlier == null ? "the " + comparedWith.displayName().toLowerCase(java.util.Locale.ROOT)
                + " of " + outturn.period() : earlier.toString();
        if (missing == MissingComparison.RED) {
            return Assessment.rated(Assessment.Kind.AGAINST_REFERENCE, indicator, outturn, single, tolerance,
                    greenToleranceUsed, value, single.value(), Rag.RED, earlier, null);
        }
        return Assessment.unrated(indicator, outturn, single,
                UnratedReason.NOT_COMPARABLE, "the amber-if-improved rule of the " + NAME
                        + " strategy needs an outturn for " + period + " to compare with, and there is none");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ToleranceStrategy other && tolerance.equals(other.tolerance)
                && greenTolerance.equals(other.greenTolerance) && edges.equals(other.edges)
                && comparedWith == other.comparedWith && missing == other.missing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tolerance, greenTolerance, edges, comparedWith, missing);
    }

    @Override
    public String toString() {
        return NAME + "(" + (greenTolerance.equals(Tolerances.none()) ? "" : "green " + greenTolerance + ", ")
                + tolerance + ", " + edges + (comparedWith == null ? ""
                        : ", amber if improved on " + comparedWith.notation() + ", missing comparison "
                                + missing.notation()) + ")";
    }
}
