package org.outturn.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The declaration of one parameter of a RAG strategy: its name, its {@link Kind kind}, the values it
 * accepts and its default. Each strategy declares its parameters once, through its provider's
 * {@link org.outturn.rules.spi.RagStrategyProvider#parameters()}; the registry checks and completes a
 * {@link StrategySpec} with them, a strategy leaves its defaults out of its own spec with them, and the
 * JSON schema lists the same names.
 *
 * <pre>{@code
 * StrategyParameter.tolerance("tolerance");                          // required, such as relative 5%
 * StrategyParameter.tolerance("greenTolerance", Tolerances.none());  // optional, with a default
 * StrategyParameter.choice("greenEdge", "inclusive", "inclusive", "exclusive");
 * StrategyParameter.strategies("strategies");                         // nested, at least one
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StrategyParameter {

    /** The kind of value a parameter takes, which is also its JSON form. */
    public enum Kind {
        /** A {@link Tolerance}, written in its notation: {@code relative 5%}, {@code absolute 1.5}, {@code none}. */
        TOLERANCE,
        /** One of a fixed list of words, such as {@code inclusive} or {@code exclusive}. */
        CHOICE,
        /** One nested strategy, a {@link StrategySpec}, written as a strategy object. */
        STRATEGY,
        /** A non-empty list of nested strategies, written as an array of strategy objects. */
        STRATEGIES
    }

    private final String name;
    private final Kind kind;
    /** The default, or null when the parameter is required. */
    private final Object defaultValue;
    private final List<String> choices;

    private StrategyParameter(String name, Kind kind, Object defaultValue, List<String> choices) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.choices = choices;
    }

    /**
     * Returns a required tolerance parameter.
     *
     * @param name  the parameter's name, such as {@code tolerance}, not null
     * @return the declaration, not null
     */
    public static StrategyParameter tolerance(String name) {
        return new StrategyParameter(name, Kind.TOLERANCE, null, List.of());
    }

    /**
     * Returns an optional tolerance parameter.
     *
     * @param name  the parameter's name, such as {@code margin}, not null
     * @param defaultValue  the tolerance used when the parameter is not given, not null
     * @return the declaration, not null
     */
    public static StrategyParameter tolerance(String name, Tolerance defaultValue) {
        return new StrategyParameter(name, Kind.TOLERANCE, Objects.requireNonNull(defaultValue, "defaultValue"),
                List.of());
    }

    /**
     * Returns a choice among words.
     *
     * @param name  the parameter's name, such as {@code greenEdge}, not null
     * @param defaultValue  the word used when the parameter is not given, one of the choices, not null
     * @param choices  the accepted words, at least one, not null
     * @return the declaration, not null
     * @throws IllegalArgumentException if the default is not one of the choices
     */
    public static StrategyParameter choice(String name, String defaultValue, String... choices) {
        Objects.requireNonNull(defaultValue, "defaultValue");
        List<String> list = List.of(Objects.requireNonNull(choices, "choices"));
        if (!list.contains(defaultValue)) {
            throw new IllegalArgumentException("Invalid value for default of " + name + " (valid values "
                    + String.join(", ", list) + "): " + defaultValue);
        }
        return new StrategyParameter(name, Kind.CHOICE, defaultValue, list);
    }

    /**
     * Returns the choice of an edge's side, {@code inclusive} or {@code exclusive}.
     *
     * @param name  the parameter's name, {@code greenEdge} or {@code redEdge}, not null
     * @param inclusive  whether the edge is inclusive when the parameter is not given
     * @return the declaration, not null
     */
    public static StrategyParameter edge(String name, boolean inclusive) {
        return choice(name, inclusive ? "inclusive" : "exclusive", "inclusive", "exclusive");
    }

    /**
     * Returns a required nested strategy.
     *
     * @param name  the parameter's name, such as {@code strategy}, not null
     * @return the declaration, not null
     */
    public static StrategyParameter strategy(String name) {
        return new StrategyParameter(name, Kind.STRATEGY, null, List.of());
    }

    /**
     * Returns a required, non-empty list of nested strategies.
     *
     * @param name  the parameter's name, such as {@code strategies}, not null
     * @return the declaration, not null
     */
    public static StrategyParameter strategies(String name) {
        return new StrategyParameter(name, Kind.STRATEGIES, null, List.of());
    }

    /**
     * Returns the parameter's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of value.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the default.
     *
     * @return the value used when the parameter is not given: a {@link Tolerance} or a word; empty when
     *     the parameter is required
     */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * Returns the accepted words of a choice.
     *
     * @return the words, in order, empty for other kinds
     */
    public List<String> choices() {
        return choices;
    }

    /**
     * Returns a spec's parameters checked against declarations, typed, with the defaults filled in:
     * what the registry hands a provider.
     *
     * @param spec  the spec, not null
     * @param declared  the strategy's parameters, not null
     * @return the complete spec, not null
     * @throws IllegalArgumentException if a parameter is unknown, as in {@code Unknown parameter for RAG
     *     strategy 'band': 'tolerance' (accepted: [greenEdge, margin, redEdge])}; missing, as in
     *     {@code Missing parameter for RAG strategy 'tolerance': 'tolerance'}; or invalid, as in
     *     {@code Invalid value for parameter 'greenEdge' of RAG strategy 'tolerance' (valid values
     *     inclusive, exclusive): sideways}
     */
    public static StrategySpec complete(StrategySpec spec, List<StrategyParameter> declared) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(declared, "declared");
        Map<String, StrategyParameter> byName = new TreeMap<>();
        for (StrategyParameter parameter : declared) {
            byName.put(parameter.name, parameter);
        }
        for (String key : spec.parameters().keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("Unknown parameter for RAG strategy '" + spec.name() + "': '" + key
                        + "' (accepted: " + byName.keySet() + ")");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (StrategyParameter parameter : declared) {
            Object given = spec.parameters().get(parameter.name);
            if (given == null && parameter.defaultValue == null) {
                throw new IllegalArgumentException(
                        "Missing parameter for RAG strategy '" + spec.name() + "': '" + parameter.name + "'");
            }
            values.put(parameter.name, given == null ? parameter.defaultValue : parameter.read(spec.name(), given));
        }
        return StrategySpec.of(spec.name(), values);
    }

    /**
     * Returns a strategy's own spec from its complete parameters, with the values that equal their
     * defaults left out, so that a spec says only what differs.
     *
     * @param name  the registry name, not null
     * @param declared  the strategy's parameters, not null
     * @param values  the strategy's values by parameter name, not null
     * @return the spec, not null
     */
    public static StrategySpec describe(String name, List<StrategyParameter> declared, Map<String, ?> values) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(values, "values");
        Map<String, Object> kept = new TreeMap<>();
        for (StrategyParameter parameter : declared) {
            Object value = values.get(parameter.name);
            if (value != null && !value.equals(parameter.defaultValue)) {
                kept.put(parameter.name, value);
            }
        }
        return StrategySpec.of(name, kept);
    }

    /** Converts a given value to this parameter's kind. */
    private Object read(String strategy, Object given) {
        switch (kind) {
            case TOLERANCE:
                if (given instanceof Tolerance) {
                    return given;
                }
                if (given instanceof String text) {
                    try {
                        return Tolerances.parse(text);
                    } catch (IllegalArgumentException ex) {
                        throw new IllegalArgumentException("Invalid value for parameter '" + name + "' of RAG strategy '"
                                + strategy + "': " + ex.getMessage(), ex);
                    }
                }
                break;
            case CHOICE:
                if (given instanceof String text && choices.contains(text)) {
                    return text;
                }
                throw new IllegalArgumentException(invalid(strategy, "valid values " + String.join(", ", choices),
                        given));
            case STRATEGY:
                if (given instanceof StrategySpec) {
                    return given;
                }
                break;
            default:
                if (given instanceof List<?> list) {
                    List<StrategySpec> specs = new ArrayList<>();
                    for (Object item : list) {
                        if (!(item instanceof StrategySpec)) {
                            throw new IllegalArgumentException(invalid(strategy, "a list of strategies", given));
                        }
                        specs.add((StrategySpec) item);
                    }
                    return List.copyOf(specs);
                }
                break;
        }
        throw new IllegalArgumentException(invalid(strategy, "expected " + describeKind(), given));
    }

    private String describeKind() {
        switch (kind) {
            case TOLERANCE:
                return "a tolerance";
            case STRATEGY:
                return "a strategy";
            case STRATEGIES:
                return "a list of strategies";
            default:
                return "one of " + choices;
        }
    }

    private String invalid(String strategy, String rule, Object given) {
        return "Invalid value for parameter '" + name + "' of RAG strategy '" + strategy + "' (" + rule + "): "
                + given;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StrategyParameter other && name.equals(other.name) && kind == other.kind
                && Objects.equals(defaultValue, other.defaultValue) && choices.equals(other.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, defaultValue, choices);
    }

    /**
     * Returns a description such as {@code greenEdge: CHOICE [inclusive, exclusive] (default inclusive)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return name + ": " + kind + (choices.isEmpty() ? "" : " " + choices)
                + (defaultValue == null ? " (required)" : " (default " + defaultValue + ")");
    }
}
