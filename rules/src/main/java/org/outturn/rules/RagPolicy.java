package org.outturn.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/**
 * A named, configured way of rating outturns: the value two services share so that they compute
 * the same RAG, the same way.
 *
 * <pre>{@code
 * RagPolicy bexley = RagPolicy.of("Bexley annual report",
 *         RagStrategies.tolerance(Tolerances.relative(new BigDecimal("5"))));
 * Assessment result = bexley.assess(indicator, outturn);
 * result.rating();       // Amber
 * result.explanation();  // Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance
 * }</pre>
 *
 * <p>{@link #assess(Indicator, Outturn)} rates an outturn in this order, and never throws for a
 * reason in the data:
 * <ol>
 *   <li>an indicator with {@link Polarity#NONE} is unrated, {@link UnratedReason#NOT_RATED_MEASURE};</li>
 *   <li>an outturn without a value is unrated, {@link UnratedReason#NO_OUTTURN}, with its wording;</li>
 *   <li>the target is {@link Indicator#targetFor(org.outturn.core.ReportingPeriod) the indicator's target
 *       for the outturn's period}; without one the outturn is unrated, {@link UnratedReason#NO_TARGET}
 *       when the indicator has no targets at all and {@link UnratedReason#TARGET_NOT_FOR_PERIOD}
 *       otherwise; an explicit no-target gives {@code NO_TARGET} with its wording;</li>
 *   <li>the value is rounded if the policy says so (by default it is judged exactly as published);</li>
 *   <li>the strategy decides.</li>
 * </ol>
 *
 * <p>Equality and {@code toString} show the whole configuration: name, strategy and rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagPolicy {

    private final String name;
    private final RagStrategy strategy;
    /** The registry name the strategy was created from, or null when it was built in code. */
    private final String strategyName;
    /** The parameters it was created with, empty when built in code. */
    private final Map<String, String> strategyParameters;
    /** The decimal places to round to, or -1 to judge the value as published. */
    private final int decimalPlaces;
    private final RoundingMode roundingMode;

    private RagPolicy(String name, RagStrategy strategy, String strategyName, Map<String, String> strategyParameters,
            int decimalPlaces, RoundingMode roundingMode) {
        this.name = name;
        this.strategy = strategy;
        this.strategyName = strategyName;
        this.strategyParameters = strategyParameters;
        this.decimalPlaces = decimalPlaces;
        this.roundingMode = roundingMode;
    }

    /**
     * Returns a policy that judges values exactly as published.
     *
     * @param name  the policy's name, such as {@code Bexley annual report 2024/25}, not blank
     * @param strategy  the strategy, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static RagPolicy of(String name, RagStrategy strategy) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        checkName(name);
        if (strategy instanceof RagStrategies.Specified specified) {
            return new RagPolicy(name, strategy, specified.specName(), specified.specParameters(), -1,
                    RoundingMode.HALF_UP);
        }
        return new RagPolicy(name, strategy, null, Map.of(), -1, RoundingMode.HALF_UP);
    }

    /**
     * Returns a policy whose strategy is created by name from the
     * {@linkplain RagStrategyRegistry#standard() standard registry}, as a JSON document names it:
     * {@code RagPolicy.create("Bexley", "tolerance", Map.of("tolerance", "relative 5%"))}.
     *
     * @param name  the policy's name, not blank
     * @param strategyName  the strategy's registry name, such as {@code tolerance}, not null
     * @param parameters  the strategy's parameters, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank, the strategy is unknown (the message lists
     *     the available ones), or a parameter is unknown, missing or invalid
     */
    public static RagPolicy create(String name, String strategyName, Map<String, String> parameters) {
        return create(name, strategyName, parameters, RagStrategyRegistry.standard());
    }

    /**
     * Returns a policy whose strategy is created by name from the given registry.
     *
     * @param name  the policy's name, not blank
     * @param strategyName  the strategy's registry name, not null
     * @param parameters  the strategy's parameters, not null
     * @param registry  the registry, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank, the strategy is unknown, or a parameter is
     *     unknown, missing or invalid
     */
    public static RagPolicy create(String name, String strategyName, Map<String, String> parameters,
            RagStrategyRegistry registry) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategyName, "strategyName");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(registry, "registry");
        RagStrategy strategy = registry.create(strategyName, parameters);
        checkName(name);
        if (strategy instanceof RagStrategies.Specified specified && specified.specName().equals(strategyName)) {
            // A built-in: keep its canonical parameters, so that "relative 5.0%" and "relative 5%" agree.
            return new RagPolicy(name, strategy, strategyName, specified.specParameters(), -1, RoundingMode.HALF_UP);
        }
        return new RagPolicy(name, strategy, strategyName,
                Collections.unmodifiableMap(new TreeMap<>(parameters)), -1, RoundingMode.HALF_UP);
    }

    private static void checkName(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Invalid value for policy name (must not be blank): '" + name + "'");
        }
    }

    /**
     * Returns a copy that rounds each value half-up to the given decimal places before judging it,
     * as a report that rates its rounded figures does.
     *
     * @param decimalPlaces  the decimal places, from 0 to 10
     * @return the policy, not null
     * @throws IllegalArgumentException if the decimal places are out of range
     */
    public RagPolicy withRounding(int decimalPlaces) {
        return withRounding(decimalPlaces, RoundingMode.HALF_UP);
    }

    /**
     * Returns a copy that rounds each value to the given decimal places before judging it.
     *
     * @param decimalPlaces  the decimal places, from 0 to 10
     * @param roundingMode  how to round, not null and not {@code UNNECESSARY}
     * @return the policy, not null
     * @throws IllegalArgumentException if the decimal places are out of range or the mode is
     *     {@code UNNECESSARY}
     */
    public RagPolicy withRounding(int decimalPlaces, RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode");
        if (decimalPlaces < 0 || decimalPlaces > 10) {
            throw new IllegalArgumentException(
                    "Invalid value for rounding decimal places (valid values 0 - 10): " + decimalPlaces);
        }
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException(
                    "Invalid value for rounding mode (UNNECESSARY would fail on data): UNNECESSARY");
        }
        return new RagPolicy(name, strategy, strategyName, strategyParameters, decimalPlaces, roundingMode);
    }

    /**
     * Returns the policy's name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the strategy.
     *
     * @return the strategy, not null
     */
    public RagStrategy strategy() {
        return strategy;
    }

    /**
     * Returns the registry name of the strategy: the name it was created from with
     * {@link #create(String, String, Map)}, or the name of a built-in strategy made in code with
     * {@link RagStrategies} (not a composite or Blue one).
     *
     * @return the strategy's registry name, empty when the strategy cannot be named
     */
    public Optional<String> strategyName() {
        return Optional.ofNullable(strategyName);
    }

    /**
     * Returns the parameters that create the strategy again from its {@linkplain #strategyName() name}.
     *
     * @return the parameters by name, in alphabetical order, not null, empty when the strategy cannot be
     *     named or has none
     */
    public Map<String, String> strategyParameters() {
        return strategyParameters;
    }

    /**
     * Returns the decimal places values are rounded to before they are judged.
     *
     * @return the decimal places, empty when values are judged exactly as published
     */
    public OptionalInt roundingDecimalPlaces() {
        return decimalPlaces < 0 ? OptionalInt.empty() : OptionalInt.of(decimalPlaces);
    }

    /**
     * Returns how values are rounded, when they are.
     *
     * @return the rounding mode, not null ({@code HALF_UP} unless set)
     */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /**
     * Rates an outturn against the indicator's target for its period.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @return the assessment, not null
     */
    public Assessment assess(Indicator indicator, Outturn outturn) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Optional<Target> target = indicator.targetFor(outturn.period());
        Assessment early = screen(indicator, outturn, target.orElse(null));
        if (early != null) {
            return early;
        }
        if (target.isEmpty()) {
            return indicator.targets().isEmpty()
                    ? Assessment.unrated(indicator, outturn, null, UnratedReason.NO_TARGET, "no target")
                    : Assessment.unrated(indicator, outturn, null, UnratedReason.TARGET_NOT_FOR_PERIOD,
                            "no target for " + outturn.period() + " (targets are set for "
                                    + indicator.targets().keySet() + ")");
        }
        return judge(indicator, target.get(), outturn);
    }

    /**
     * Rates an outturn against the indicator's target for its period, with the indicator's other
     * outturns at hand for a rule that compares with an earlier period (the same period a year
     * earlier, or the period before).
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param history  the indicator's outturns by period, not null
     * @return the assessment, not null
     */
    public Assessment assess(Indicator indicator, Outturn outturn, OutturnHistory history) {
        Objects.requireNonNull(history, "history");
        return assess(indicator, outturn);
    }

    /**
     * Rates an outturn against a given target, instead of the indicator's own.
     *
     * @param indicator  the indicator, not null
     * @param target  the target, not null
     * @param outturn  the outturn, not null
     * @return the assessment, not null
     */
    public Assessment assess(Indicator indicator, Target target, Outturn outturn) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outturn, "outturn");
        Assessment early = screen(indicator, outturn, target);
        return early != null ? early : judge(indicator, target, outturn);
    }

    private static Assessment screen(Indicator indicator, Outturn outturn, Target target) {
        if (indicator.polarity() == Polarity.NONE) {
            String wording = target instanceof Target.None none ? none.wording()
                    : indicator.code() + " is a context measure and is not rated";
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_RATED_MEASURE, wording);
        }
        if (!outturn.isAvailable()) {
            String reason = outturn.note().orElse(outturn.missingReason().map(MissingReason::displayName).orElse("no value"));
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_OUTTURN,
                    "no value for " + outturn.period() + " (" + reason + ")");
        }
        return null;
    }

    private Assessment judge(Indicator indicator, Target target, Outturn outturn) {
        if (target instanceof Target.None none) {
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
        }
        BigDecimal value = outturn.value().orElseThrow();
        if (decimalPlaces >= 0) {
            value = value.setScale(decimalPlaces, roundingMode);
        }
        return Objects.requireNonNull(strategy.assess(indicator, target, outturn, value),
                "strategy returned null");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RagPolicy other && name.equals(other.name) && strategy.equals(other.strategy)
                && Objects.equals(strategyName, other.strategyName)
                && strategyParameters.equals(other.strategyParameters)
                && decimalPlaces == other.decimalPlaces && roundingMode == other.roundingMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, strategy, decimalPlaces, roundingMode);
    }

    /**
     * Returns the configuration, such as {@code RagPolicy[Bexley, tolerance(relative 5%, green edge
     * inclusive, red edge inclusive), exact]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "RagPolicy[" + name + ", " + strategy + ", "
                + (decimalPlaces < 0 ? "exact" : "rounded " + roundingMode + " to " + decimalPlaces + " dp") + "]";
    }
}
