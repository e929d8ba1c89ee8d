package org.outturn.rules.spi;

import java.util.Map;
import org.outturn.rules.RagStrategy;

/**
 * Creates a named {@link RagStrategy} from text parameters: the way a custom strategy is plugged
 * into Outturn, and the way a JSON document names the strategy of a policy.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} by
 * {@link org.outturn.rules.RagStrategyRegistry}. Implementations must have a public no-argument
 * constructor, and must be immutable and thread-safe.
 */
public interface RagStrategyProvider {

    /**
     * Returns the strategy's name, unique among providers, such as {@code bexley-quartiles}: lower
     * case letters, digits and hyphens.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Returns the provider's priority: when two providers share a name, the one with the higher
     * priority is used. The built-in strategies have priority 0.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }

    /**
     * Creates the strategy from its parameters.
     *
     * @param parameters  the parameters by name, as text, not null, possibly empty
     * @return the strategy, not null
     * @throws IllegalArgumentException if a parameter is unknown, missing or invalid, with a message
     *     that names it and the accepted parameters
     */
    RagStrategy create(Map<String, String> parameters);
}
