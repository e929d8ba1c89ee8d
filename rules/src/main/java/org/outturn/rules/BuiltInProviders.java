package org.outturn.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.outturn.rules.spi.RagStrategyProvider;

/**
 * The providers of the built-in strategies: each strategy class declares its name and parameters once,
 * and its provider is made here from them.
 */
final class BuiltInProviders implements RagStrategyProvider {

    private final String name;
    private final List<StrategyParameter> parameters;
    private final Function<StrategySpec, RagStrategy> factory;

    private BuiltInProviders(String name, List<StrategyParameter> parameters,
            Function<StrategySpec, RagStrategy> factory) {
        this.name = name;
        this.parameters = parameters;
        this.factory = factory;
    }

    /**
     * Returns the built-in providers; the composites create their nested strategies with the given
     * function, the registry's own {@code create}, so that they can nest custom strategies too.
     */
    static List<RagStrategyProvider> all(Function<StrategySpec, RagStrategy> nested) {
        return List.of(
                new BuiltInProviders(ToleranceStrategy.NAME, ToleranceStrategy.PARAMETERS, ToleranceStrategy::create),
                new BuiltInProviders(ThresholdsStrategy.NAME, ThresholdsStrategy.PARAMETERS,
                        ThresholdsStrategy::create),
                new BuiltInProviders(BandStrategy.NAME, BandStrategy.PARAMETERS, BandStrategy::create),
                new BuiltInProviders(BenchmarkStrategy.NAME, BenchmarkStrategy.PARAMETERS, BenchmarkStrategy::create),
                new BuiltInProviders(FloorStrategy.NAME, FloorStrategy.PARAMETERS, FloorStrategy::create),
                new BuiltInProviders(NoTargetStrategy.NAME, NoTargetStrategy.PARAMETERS, NoTargetStrategy::create),
                new BuiltInProviders(FirstApplicableStrategy.NAME, FirstApplicableStrategy.PARAMETERS,
                        spec -> new FirstApplicableStrategy(createAll(spec.strategies("strategies"), nested))),
                new BuiltInProviders(WorstOfStrategy.NAME, WorstOfStrategy.PARAMETERS,
                        spec -> new WorstOfStrategy(createAll(spec.strategies("strategies"), nested))),
                new BuiltInProviders(WithBlueStrategy.NAME, WithBlueStrategy.PARAMETERS,
                        spec -> new WithBlueStrategy(nested.apply(spec.strategy("strategy")), spec.tolerance("margin"))));
    }

    private static List<RagStrategy> createAll(List<StrategySpec> specs, Function<StrategySpec, RagStrategy> nested) {
        List<RagStrategy> strategies = new ArrayList<>();
        for (StrategySpec spec : specs) {
            strategies.add(nested.apply(spec));
        }
        return strategies;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<StrategyParameter> parameters() {
        return parameters;
    }

    @Override
    public RagStrategy create(StrategySpec spec) {
        return factory.apply(spec);
    }

    @Override
    public String toString() {
        return "built-in RAG strategy '" + name + "'";
    }
}
