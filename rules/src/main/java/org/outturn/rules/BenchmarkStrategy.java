package org.outturn.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Benchmark;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/** A benchmark's value for the outturn's period as the target, with a tolerance. */
final class BenchmarkStrategy implements BuiltInStrategy {

    static final String NAME = "benchmark";
    static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.tolerance("tolerance", Tolerances.none()),
            StrategyParameter.edge("greenEdge", true),
            StrategyParameter.edge("redEdge", true));

    private final Tolerance tolerance;
    private final Edges edges;
    /** What every assessment of this strategy shares. */
    private final Assessment.Rule rule;

    BenchmarkStrategy(Tolerance tolerance, Edges edges) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.edges = Objects.requireNonNull(edges, "edges");
        this.rule = Assessment.Rule.shared(Assessment.Kind.AGAINST_REFERENCE, tolerance, null);
    }

    static RagStrategy create(StrategySpec spec) {
        return new BenchmarkStrategy(spec.tolerance("tolerance"), RagStrategies.edges(spec));
    }

    @Override
    public Optional<StrategySpec> spec() {
        Map<String, Object> values = new LinkedHashMap<>(RagStrategies.edgeValues(edges));
        values.put("tolerance", tolerance);
        return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, values));
    }

    @Override
    public Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        Assessment screened = RagStrategies.screen(NAME, indicator, target, outturn, true);
        if (screened != null) {
            return screened;
        }
        if (!(target instanceof Target.RelativeToBenchmark relative)) {
            return RagStrategies.notComparable(NAME, "a target relative to a benchmark", indicator, target, outturn);
        }
        Optional<Benchmark> found = indicator.benchmarkFor(relative.group(), outturn.period());
        if (found.isEmpty() || found.get().value().isEmpty()) {
            return Assessment.unrated(indicator, outturn, relative,
                    UnratedReason.BENCHMARK_NOT_AVAILABLE, "no " + relative.group() + " value for "
                            + outturn.period()
                            + found.flatMap(Benchmark::note).map(note -> " (" + note + ")").orElse(""));
        }
        BigDecimal reference = found.get().value().get();
        Rag rag = RagStrategies.rate(indicator.polarity(), value, reference, Tolerances.none(), tolerance, edges);
        // The reference, the benchmark's value for the outturn's period, is found again when asked for.
        return Assessment.rated(rule, indicator, outturn, relative, value, rag);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BenchmarkStrategy other && tolerance.equals(other.tolerance) && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NAME, tolerance, edges);
    }

    @Override
    public String toString() {
        return NAME + "(" + tolerance + ", " + edges + ")";
    }
}
