package org.outturn.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a RAG strategy is: its registry name and its parameters, the one description that the
 * {@linkplain RagStrategyRegistry registry} creates strategies from, that a {@link RagPolicy} holds and
 * that the JSON format writes.
 *
 * <pre>{@code
 * StrategySpec bexley = StrategySpec.of("tolerance", Map.of("tolerance", Tolerances.relative(new BigDecimal("5"))));
 * StrategySpec mixed = StrategySpec.of("first-applicable", Map.of("strategies", List.of(
 *         bexley, StrategySpec.of("thresholds"), StrategySpec.of("no-target"))));
 * }</pre>
 *
 * <p>A parameter's value is one of:
 * <ul>
 *   <li>a {@link Tolerance}, or its notation as text ({@code relative 5%});</li>
 *   <li>text, for a choice such as an edge's side ({@code inclusive}, {@code exclusive});</li>
 *   <li>a nested {@code StrategySpec}, such as the strategy that {@code with-blue} refines;</li>
 *   <li>a non-empty list of {@code StrategySpec}s, such as the strategies of {@code first-applicable}.</li>
 * </ul>
 * What each strategy accepts, and the defaults, are declared once by its provider's
 * {@link org.outturn.rules.spi.RagStrategyProvider#parameters() parameters}; the registry checks a spec
 * against them and hands the provider a spec whose values are typed and whose defaults are filled in.
 * The spec a strategy reports with {@link RagStrategy#spec()} leaves defaults out.
 *
 * <p>Equality compares the name and the parameters; tolerances are equal by value, so a spec read from
 * text equals one built in code once both are {@linkplain RagStrategyRegistry#create(StrategySpec) created}
 * and described again.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StrategySpec {

    private final String name;
    private final Map<String, Object> parameters;

    private StrategySpec(String name, Map<String, Object> parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    /**
     * Returns the spec of a strategy without parameters, or with all its defaults.
     *
     * @param name  the registry name, such as {@code thresholds}, not null
     * @return the spec, not null
     */
    public static StrategySpec of(String name) {
        return of(name, Map.of());
    }

    /**
     * Returns the spec of a strategy with parameters.
     *
     * @param name  the registry name, such as {@code tolerance}, not null
     * @param parameters  the parameters by name: tolerances, text, specs or non-empty lists of specs, not null
     * @return the spec, not null
     * @throws IllegalArgumentException if a value is of another type or a list is empty, as in
     *     {@code Invalid value for parameter 'tolerance' of RAG strategy 'tolerance' (a Tolerance, text, a
     *     StrategySpec or a non-empty list of StrategySpecs): 5}
     */
    public static StrategySpec of(String name, Map<String, ?> parameters) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        Map<String, Object> copy = new TreeMap<>();
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            String key = Objects.requireNonNull(entry.getKey(), "parameter name");
            Object value = Objects.requireNonNull(entry.getValue(), key);
            copy.put(key, checked(name, key, value));
        }
        return new StrategySpec(name, Collections.unmodifiableMap(copy));
    }

    private static Object checked(String name, String key, Object value) {
        if (value instanceof Tolerance || value instanceof String || value instanceof StrategySpec) {
            return value;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                Object item = Objects.requireNonNull(list.get(i), key + "[" + i + "]");
                if (!(item instanceof StrategySpec)) {
                    throw invalidValue(name, key, value);
                }
            }
            return List.copyOf(list);
        }
        throw invalidValue(name, key, value);
    }

    private static IllegalArgumentException invalidValue(String name, String key, Object value) {
        return new IllegalArgumentException("Invalid value for parameter '" + key + "' of RAG strategy '" + name
                + "' (a Tolerance, text, a StrategySpec or a non-empty list of StrategySpecs): " + value);
    }

    /**
     * Returns the registry name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the parameters.
     *
     * @return the parameters by name, in alphabetical order, not null
     */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * Returns one parameter.
     *
     * @param key  the parameter's name, not null
     * @return its value, empty when not given
     */
    public Optional<Object> parameter(String key) {
        return Optional.ofNullable(parameters.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns a tolerance parameter, as a provider reads the spec the registry hands it.
     *
     * @param key  the parameter's name, not null
     * @return the tolerance, not null
     * @throws IllegalArgumentException if the parameter is missing or not a {@link Tolerance}
     */
    public Tolerance tolerance(String key) {
        return typed(key, Tolerance.class, "a Tolerance");
    }

    /**
     * Returns a text parameter, such as a choice.
     *
     * @param key  the parameter's name, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the parameter is missing or not text
     */
    public String text(String key) {
        return typed(key, String.class, "text");
    }

    /**
     * Returns a nested strategy's spec.
     *
     * @param key  the parameter's name, not null
     * @return the spec, not null
     * @throws IllegalArgumentException if the parameter is missing or not a spec
     */
    public StrategySpec strategy(String key) {
        return typed(key, StrategySpec.class, "a StrategySpec");
    }

    /**
     * Returns a list of nested strategies' specs.
     *
     * @param key  the parameter's name, not null
     * @return the specs, in order, not empty
     * @throws IllegalArgumentException if the parameter is missing or not a list of specs
     */
    public List<StrategySpec> strategies(String key) {
        Object value = typed(key, List.class, "a list of StrategySpecs");
        List<StrategySpec> specs = new java.util.ArrayList<>();
        for (Object item : (List<?>) value) {
            specs.add((StrategySpec) item);
        }
        return List.copyOf(specs);
    }

    private <T> T typed(String key, Class<T> type, String expected) {
        Object value = parameter(key).orElseThrow(() -> new IllegalArgumentException(
                "Missing parameter for RAG strategy '" + name + "': '" + key + "'"));
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Invalid value for parameter '" + key + "' of RAG strategy '" + name
                    + "' (expected " + expected + "): " + value);
        }
        return type.cast(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StrategySpec other && name.equals(other.name) && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + parameters.hashCode();
    }

    /**
     * Returns the name and parameters, such as {@code tolerance{greenEdge=exclusive, tolerance=relative 5%}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return parameters.isEmpty() ? name : name + parameters;
    }
}
