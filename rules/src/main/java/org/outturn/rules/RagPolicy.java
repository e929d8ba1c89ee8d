package org.outturn.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.core.internal.CoreAccess;

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
 *   <li>the strategy decides, given a {@link StrategyContext}: with the history passed to
 *       {@link #assess(Indicator, Outturn, OutturnHistory)}, or none.</li>
 * </ol>
 *
 * <p>The strategy {@linkplain RagStrategy#spec() describes itself}: {@link #spec()} is its registry name
 * and parameters, which the JSON format writes, so every policy can be written and read back equal.
 * The same policy from JSON:
 * <pre>{@code
 * RagPolicy.of("Bexley annual report", StrategySpec.of("tolerance", Map.of("tolerance", "relative 5%")));
 * }</pre>
 *
 * <p>Equality and {@code toString} show the whole configuration: name, strategy and rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagPolicy {

    /** An outturn without a value, such as {@code no value for 2024/25 (Not yet available)}: worded when asked. */
    private static final Words<Outturn> NO_VALUE = new Words<>(UnratedReason.NO_OUTTURN, outturn -> "no value for "
            + outturn.period() + " ("
            + outturn.note().orElse(outturn.missingReason().map(MissingReason::displayName).orElse("no value")) + ")");
    /** A context measure without a no-target's words, such as {@code CS_01 is a context measure and is not rated}. */
    private static final Words<Indicator> CONTEXT_MEASURE = new Words<>(UnratedReason.NOT_RATED_MEASURE,
            indicator -> indicator.code() + " is a context measure and is not rated");

    /** The reason of one kind of unrated result, and its words from their source, built only when asked for. */
    private record Words<T>(UnratedReason reason, Function<T, String> wording) implements CoreAccess.Wording<T> {
        @Override
        public String words(T source) {
            return wording.apply(source);
        }
    }

    private final String name;
    private final RagStrategy strategy;
    /** What the strategy is, by registry name and parameters. */
    private final StrategySpec spec;
    /** The decimal places to round to, or -1 to judge the value as published. */
    private final int decimalPlaces;
    private final RoundingMode roundingMode;

    private RagPolicy(String name, RagStrategy strategy, StrategySpec spec, int decimalPlaces,
            RoundingMode roundingMode) {
        this.name = name;
        this.strategy = strategy;
        this.spec = spec;
        this.decimalPlaces = decimalPlaces;
        this.roundingMode = roundingMode;
    }

    /**
     * Returns a policy that judges values exactly as published.
     *
     * <p>The strategy must {@linkplain RagStrategy#spec() describe itself}, as every built-in does (and
     * a composite of strategies that do), so that the policy can be written as JSON and read back equal;
     * the tolerances in its spec must be built-in ones, which the notation reads back.
     *
     * @param name  the policy's name, such as {@code Bexley annual report 2024/25}, not blank
     * @param strategy  the strategy, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank; if the strategy cannot describe itself, as in
     *     {@code Invalid value for strategy of RAG policy 'x' (its RagStrategy.spec() must
     *     describe it, so that the policy can be written): ...}; or if a tolerance of its spec cannot be written in the
     *     notation
     */
    public static RagPolicy of(String name, RagStrategy strategy) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        checkName(name);
        StrategySpec spec = strategy.spec().orElseThrow(() -> new IllegalArgumentException(
                "Invalid value for strategy of RAG policy '" + name + "' (its RagStrategy.spec() must describe it, "
                        + "so that the policy can be written): " + strategy));
        checkWritable(name, spec);
        return new RagPolicy(name, strategy, spec, -1, RoundingMode.HALF_UP);
    }

    /**
     * Returns a policy whose strategy is created from its spec by the
     * {@linkplain RagStrategyRegistry#standard() standard registry}, as a JSON document names it.
     *
     * @param name  the policy's name, not blank
     * @param spec  the strategy's spec, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank, a strategy is unknown (the message lists the
     *     available ones), or a parameter is unknown, missing or invalid
     */
    public static RagPolicy of(String name, StrategySpec spec) {
        return of(name, spec, RagStrategyRegistry.standard());
    }

    /**
     * Returns a policy whose strategy is created from its spec by the given registry.
     *
     * @param name  the policy's name, not blank
     * @param spec  the strategy's spec, not null
     * @param registry  the registry, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank, a strategy is unknown, or a parameter is
     *     unknown, missing or invalid
     */
    public static RagPolicy of(String name, StrategySpec spec, RagStrategyRegistry registry) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(registry, "registry");
        checkName(name);
        return of(name, registry.create(spec));
    }

    /**
     * Returns a policy whose strategy is created by name from the
     * {@linkplain RagStrategyRegistry#standard() standard registry}:
     * {@code RagPolicy.create("Bexley", "tolerance", Map.of("tolerance", "relative 5%"))}, a shorthand for
     * {@code of(name, StrategySpec.of(strategyName, parameters))}.
     *
     * @param name  the policy's name, not blank
     * @param strategyName  the strategy's registry name, such as {@code tolerance}, not null
     * @param parameters  the strategy's parameters, as text or typed (see {@link StrategySpec}), not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the name is blank, the strategy is unknown (the message lists
     *     the available ones), or a parameter is unknown, missing or invalid
     */
    public static RagPolicy create(String name, String strategyName, Map<String, ?> parameters) {
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
    public static RagPolicy create(String name, String strategyName, Map<String, ?> parameters,
            RagStrategyRegistry registry) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategyName, "strategyName");
        Objects.requireNonNull(parameters, "parameters");
        return of(name, StrategySpec.of(strategyName, parameters), registry);
    }

    /** Refuses a spec with a tolerance the notation cannot read back, which JSON would lose. */
    private static void checkWritable(String name, StrategySpec spec) {
        for (Object value : spec.parameters().values()) {
            if (value instanceof Tolerance tolerance && !Tolerances.isWritable(tolerance)) {
                throw new IllegalArgumentException("Invalid value for strategy of RAG policy '" + name
                        + "' (its tolerances must be written in the notation relative N%, absolute N or none): "
                        + tolerance);
            }
            if (value instanceof StrategySpec nested) {
                checkWritable(name, nested);
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    checkWritable(name, (StrategySpec) item);
                }
            }
        }
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
        return new RagPolicy(name, strategy, spec, decimalPlaces, roundingMode);
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
     * Returns what the strategy is, by registry name and parameters (defaults left out): what the
     * JSON format writes, and what {@link #of(String, StrategySpec)} reads back.
     *
     * @return the spec, not null
     */
    public StrategySpec spec() {
        return spec;
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
        return assess(indicator, outturn, OutturnHistory.none());
    }

    /**
     * Rates an outturn against the indicator's target for its period, with the indicator's other
     * outturns at hand for a rule that compares with an earlier period (the same period a year
     * earlier, or the period before): the call to use when rating a whole report.
     *
     * @param indicator  the indicator, not null
     * @param outturn  the outturn, not null
     * @param history  the indicator's outturns by period, not null
     * @return the assessment, not null
     */
    public Assessment assess(Indicator indicator, Outturn outturn, OutturnHistory history) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outturn, "outturn");
        Objects.requireNonNull(history, "history");
        Optional<Target> target = indicator.targetFor(outturn.period());
        BigDecimal value = valueOf(outturn);
        Assessment early = screen(indicator, outturn, value, target.orElse(null));
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
        return judge(indicator, target.get(), outturn, value, history);
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
        BigDecimal value = valueOf(outturn);
        Assessment early = screen(indicator, outturn, value, target);
        return early != null ? early : judge(indicator, target, outturn, value, OutturnHistory.none());
    }

    /** The outturn's value, or null: read once per rating, so that a rating unwraps one {@code Optional}. */
    private static BigDecimal valueOf(Outturn outturn) {
        return outturn.value().orElse(null);
    }

    /** The unrated results every strategy gives, or null; their words are built only when asked for. */
    private static Assessment screen(Indicator indicator, Outturn outturn, BigDecimal value, Target target) {
        if (indicator.polarity() == Polarity.NONE) {
            return target instanceof Target.None none
                    ? Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_RATED_MEASURE, none.wording())
                    : Assessment.unrated(indicator, outturn, target,
                            CoreAccess.lender().unrated(CONTEXT_MEASURE, indicator));
        }
        if (value == null) {
            return Assessment.unrated(indicator, outturn, target, CoreAccess.lender().unrated(NO_VALUE, outturn));
        }
        return null;
    }

    private Assessment judge(Indicator indicator, Target target, Outturn outturn, BigDecimal value,
            OutturnHistory history) {
        if (target instanceof Target.None none) {
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
        }
        BigDecimal judged = decimalPlaces >= 0 ? value.setScale(decimalPlaces, roundingMode) : value;
        return Objects.requireNonNull(BuiltInStrategy.judge(strategy, indicator, target, outturn, judged, history),
                "strategy returned null");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RagPolicy other && name.equals(other.name) && strategy.equals(other.strategy)
                && spec.equals(other.spec)
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
