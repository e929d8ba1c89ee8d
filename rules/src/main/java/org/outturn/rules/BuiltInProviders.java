package org.outturn.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.outturn.rules.spi.RagStrategyProvider;

/** The providers of the built-in strategies, with their parameters. */
final class BuiltInProviders implements RagStrategyProvider {

    static final List<RagStrategyProvider> ALL = List.of(
            new BuiltInProviders("tolerance", Set.of("tolerance", "greenEdge", "redEdge"),
                    p -> RagStrategies.tolerance(Tolerances.parse(required(p, "tolerance")),
                            edges(p, Edges.standard()))),
            new BuiltInProviders("thresholds", Set.of("greenEdge", "redEdge"),
                    p -> RagStrategies.thresholds(edges(p, Edges.rangeOfAcceptablePerformance()))),
            new BuiltInProviders("band", Set.of("margin", "greenEdge", "redEdge"),
                    p -> RagStrategies.band(Tolerances.parse(p.getOrDefault("margin", "none")), edges(p, Edges.standard()))),
            new BuiltInProviders("benchmark", Set.of("tolerance", "greenEdge", "redEdge"),
                    p -> RagStrategies.relativeToBenchmark(Tolerances.parse(p.getOrDefault("tolerance", "none")),
                            edges(p, Edges.standard()))),
            new BuiltInProviders("no-target", Set.of(), p -> RagStrategies.noTarget()));

    private final String name;
    private final Set<String> accepted;
    private final Function<Map<String, String>, RagStrategy> factory;

    private BuiltInProviders(String name, Set<String> accepted, Function<Map<String, String>, RagStrategy> factory) {
        this.name = name;
        this.accepted = new TreeSet<>(accepted);
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RagStrategy create(Map<String, String> parameters) {
        for (String key : new TreeSet<>(parameters.keySet())) {
            if (!accepted.contains(key)) {
                throw new IllegalArgumentException("Unknown parameter for RAG strategy '" + name + "': '" + key
                        + "' (accepted: " + accepted + ")");
            }
        }
        return factory.apply(parameters);
    }

    private static String required(Map<String, String> parameters, String key) {
        String value = parameters.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing parameter for RAG strategy: '" + key + "'");
        }
        return value;
    }

    /** Reads the edge parameters; an edge not given keeps the strategy's default, as its spec leaves it out. */
    private static Edges edges(Map<String, String> parameters, Edges defaults) {
        return Edges.of(inclusive(parameters, "greenEdge", defaults.isGreenInclusive()),
                inclusive(parameters, "redEdge", defaults.isRedInclusive()));
    }

    private static boolean inclusive(Map<String, String> parameters, String key, boolean otherwise) {
        String value = parameters.get(key);
        if (value == null) {
            return otherwise;
        }
        switch (value) {
            case "inclusive":
                return true;
            case "exclusive":
                return false;
            default:
                throw new IllegalArgumentException(
                        "Invalid value for " + key + " (valid values inclusive, exclusive): " + value);
        }
    }

    @Override
    public String toString() {
        return "built-in RAG strategy '" + name + "'";
    }
}
