package org.outturn.rules.spi;

import java.util.List;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;

/**
 * Creates a named {@link RagStrategy} from a {@link StrategySpec}: the way a custom strategy is
 * plugged into Outturn, and the way a JSON document names the strategy of a policy.
 *
 * <p>A provider declares its strategy's {@linkplain #parameters() parameters} once; the
 * {@link org.outturn.rules.RagStrategyRegistry} checks a spec against them (unknown, missing and invalid
 * parameters are refused with one set of messages) and calls {@link #create(StrategySpec)} with every
 * parameter present, typed, and defaults filled in. The strategies it creates should return their
 * spec from {@link RagStrategy#spec()} (defaults left out, as
 * {@link StrategyParameter#describe(String, List, java.util.Map)} does), so that a policy holding one
 * can be written as JSON and read back equal. A strategy that nests others takes them as
 * {@link StrategySpec} parameters and creates them with a registry, such as
 * {@link org.outturn.rules.RagStrategyRegistry#standard()}.
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
     * Returns the parameters the strategy accepts, with their kinds and defaults.
     *
     * @return the parameters, in the order they are documented, not null, empty for none
     */
    List<StrategyParameter> parameters();

    /**
     * Creates the strategy.
     *
     * @param spec  the spec, named by {@link #name()}, with every {@linkplain #parameters() parameter}
     *     present and typed (a {@link org.outturn.rules.Tolerance}, a word of a choice, a nested spec or
     *     a list of them), not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if the parameters break a rule the declarations cannot state
     *     (such as one tolerance larger than another), with a message that names it
     */
    RagStrategy create(StrategySpec spec);
}
