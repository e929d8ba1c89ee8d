package org.outturn.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.outturn.rules.spi.RagStrategyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RAG strategies known by name: the built-ins ({@code tolerance}, {@code thresholds},
 * {@code band}, {@code benchmark}, {@code floor}, {@code no-target}, and the composites
 * {@code first-applicable}, {@code worst-of} and {@code with-blue}) and every
 * {@link RagStrategyProvider} found with {@link ServiceLoader}. Strategies are created from a
 * {@link StrategySpec}, checked against the provider's declared {@linkplain RagStrategyProvider#parameters()
 * parameters}; the composites create their nested strategies with the same registry, so they can nest
 * custom ones.
 *
 * <p>A registry is built once and never changes. Its providers are ordered by priority, highest
 * first, then by name; when two share a name, the one with the higher priority is kept (a built-in
 * wins a tie). A provider that fails to load is logged and skipped. This is the only place Outturn
 * logs.
 *
 * <table>
 *   <caption>Parameters of the built-in strategies</caption>
 *   <tr><th>name</th><th>parameters (defaults)</th></tr>
 *   <tr><td>{@code tolerance}</td><td>{@code tolerance} (required: {@code relative 5%}, {@code absolute 1.5}
 *       or {@code none}), {@code greenTolerance} ({@code none}), {@code greenEdge} ({@code inclusive}),
 *       {@code redEdge} ({@code inclusive}), {@code beyondTolerance} ({@code red}, or
 *       {@code amber-if-improved}), {@code comparedWith} ({@code previous-year}, or {@code previous-period}),
 *       {@code missingComparison} ({@code unrated}, or {@code red})</td></tr>
 *   <tr><td>{@code thresholds}</td><td>{@code greenEdge} ({@code inclusive}), {@code redEdge}
 *       ({@code exclusive})</td></tr>
 *   <tr><td>{@code band}</td><td>{@code margin} ({@code none}), {@code greenEdge} ({@code inclusive}),
 *       {@code redEdge} ({@code inclusive})</td></tr>
 *   <tr><td>{@code benchmark}</td><td>{@code tolerance} ({@code none}), {@code greenEdge}
 *       ({@code inclusive}), {@code redEdge} ({@code inclusive})</td></tr>
 *   <tr><td>{@code floor}</td><td>{@code greenEdge} ({@code inclusive}), {@code redEdge}
 *       ({@code exclusive})</td></tr>
 *   <tr><td>{@code no-target}</td><td>none</td></tr>
 *   <tr><td>{@code first-applicable}, {@code worst-of}</td><td>{@code strategies} (required: at least one
 *       nested strategy)</td></tr>
 *   <tr><td>{@code with-blue}</td><td>{@code strategy} (required: a nested strategy), {@code margin}
 *       (required)</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagStrategyRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RagStrategyRegistry.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The providers by name, in order: priority, highest first, then name. */
    private final Map<String, RagStrategyProvider> providers;

    private RagStrategyRegistry(Map<String, RagStrategyProvider> providers) {
        this.providers = providers;
    }

    /** Holds the standard registry, loaded on first use. */
    private static final class Standard {
        static final RagStrategyRegistry INSTANCE = load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Returns the registry of the built-in strategies and the providers found with
     * {@link ServiceLoader} by the context class loader when it was first asked for.
     *
     * @return the registry, not null
     */
    public static RagStrategyRegistry standard() {
        return Standard.INSTANCE;
    }

    /**
     * Returns a registry of the built-in strategies and the providers that {@link ServiceLoader}
     * finds with the given class loader (and, on the module path, in the boot layer).
     *
     * @param loader  the class loader, or null for the system class loader
     * @return the registry, not null
     */
    public static RagStrategyRegistry load(ClassLoader loader) {
        List<RagStrategyProvider> found = new ArrayList<>();
        Iterator<RagStrategyProvider> iterator = ServiceLoader.load(RagStrategyProvider.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                RagStrategyProvider provider = iterator.next();
                checkName(provider);
                found.add(provider);
            } catch (ServiceConfigurationError | RuntimeException ex) {
                LOG.warn("Skipping a RAG strategy provider that failed to load: {}", ex.toString());
            }
        }
        return build(found);
    }

    /**
     * Returns a registry of the built-in strategies and the given providers, without looking for
     * services.
     *
     * @param providers  the providers, not null
     * @return the registry, not null
     * @throws IllegalArgumentException if a provider's name is not lower-case words joined by hyphens
     */
    public static RagStrategyRegistry of(Collection<? extends RagStrategyProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        List<RagStrategyProvider> list = new ArrayList<>();
        for (RagStrategyProvider provider : providers) {
            list.add(checkName(Objects.requireNonNull(provider, "provider")));
        }
        return build(list);
    }

    private static RagStrategyProvider checkName(RagStrategyProvider provider) {
        String name = Objects.requireNonNull(provider.name(), "name of " + provider.getClass().getName());
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid value for RAG strategy name of " + provider.getClass().getName()
                    + " (lower-case letters and digits, words joined by hyphens): '" + name + "'");
        }
        return provider;
    }

    private static RagStrategyRegistry build(List<RagStrategyProvider> discovered) {
        RagStrategyRegistry[] self = new RagStrategyRegistry[1];
        List<RagStrategyProvider> all = new ArrayList<>(BuiltInProviders.all(spec -> self[0].create(spec)));
        all.addAll(discovered);
        // Stable sort: among equal priorities and names the built-ins, listed first, win.
        all.sort(Comparator.comparingInt(RagStrategyProvider::priority).reversed()
                .thenComparing(RagStrategyProvider::name));
        Map<String, RagStrategyProvider> byName = new LinkedHashMap<>();
        for (RagStrategyProvider provider : all) {
            RagStrategyProvider kept = byName.putIfAbsent(provider.name(), provider);
            if (kept != null) {
                LOG.info("RAG strategy '{}' of {} is shadowed by {} (priority {} over {})", provider.name(),
                        provider.getClass().getName(), kept.getClass().getName(), kept.priority(),
                        provider.priority());
            }
        }
        self[0] = new RagStrategyRegistry(Collections.unmodifiableMap(byName));
        return self[0];
    }

    /**
     * Returns the names of the strategies, in alphabetical order.
     *
     * @return the names, not null
     */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeMap<>(providers).keySet());
    }

    /**
     * Returns the providers in order: priority, highest first, then name.
     *
     * @return the providers, not null
     */
    public List<RagStrategyProvider> providers() {
        return List.copyOf(providers.values());
    }

    /**
     * Returns the provider of a strategy.
     *
     * @param name  the strategy's name, not null
     * @return the provider, empty when no strategy has that name
     */
    public Optional<RagStrategyProvider> provider(String name) {
        return Optional.ofNullable(providers.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Creates a strategy from its spec, nested strategies included.
     *
     * @param spec  the spec, such as {@code StrategySpec.of("tolerance", Map.of("tolerance", "relative 5%"))},
     *     not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if no strategy has the spec's name (or a nested spec's), as in
     *     {@code Unknown RAG strategy: 'foo' (available: [band, benchmark, first-applicable, floor, no-target,
     *     thresholds, tolerance, with-blue, worst-of])}, or a parameter is unknown, missing or invalid (see
     *     {@link StrategyParameter#complete(StrategySpec, List)})
     */
    public RagStrategy create(StrategySpec spec) {
        Objects.requireNonNull(spec, "spec");
        RagStrategyProvider provider = providers.get(spec.name());
        if (provider == null) {
            throw new IllegalArgumentException("Unknown RAG strategy: '" + spec.name() + "' (available: " + names()
                    + ")");
        }
        StrategySpec complete = StrategyParameter.complete(spec, provider.parameters());
        return Objects.requireNonNull(provider.create(complete),
                "RAG strategy provider '" + spec.name() + "' returned null");
    }

    /**
     * Creates a strategy by name: {@code create(StrategySpec.of(name, parameters))}.
     *
     * @param name  the strategy's name, such as {@code tolerance}, not null
     * @param parameters  its parameters, such as {@code tolerance = relative 5%}, as text or typed values
     *     (see {@link StrategySpec}), not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if no strategy has that name, as in {@code Unknown RAG strategy:
     *     'foo' (available: [band, benchmark, ...])}, or a parameter is unknown, missing or invalid
     */
    public RagStrategy create(String name, Map<String, ?> parameters) {
        return create(StrategySpec.of(name, parameters));
    }

    /**
     * Returns the names of the strategies.
     *
     * @return a description such as {@code RagStrategyRegistry[band, benchmark, ...]}, not null
     */
    @Override
    public String toString() {
        return "RagStrategyRegistry" + names();
    }
}
