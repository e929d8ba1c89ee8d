package org.outturn.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.StrategyContext;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.Tolerance;
import org.outturn.rules.Tolerances;
import org.outturn.rules.spi.RagStrategyProvider;

/**
 * A custom RAG strategy published through the {@link RagStrategyProvider} SPI: {@value #NAME}, the
 * four-colour scheme of councils that reward beating a target by a stretch margin.
 *
 * <p>Against a single target, for a higher- or lower-is-better indicator:
 * <ul>
 *   <li><b>Blue</b>: better than the target by the {@code stretch} margin or more;</li>
 *   <li><b>Green</b>: at or better than the target, by less than the stretch margin;</li>
 *   <li><b>Amber</b>: short of the target by less than the {@code amber} tolerance;</li>
 *   <li><b>Red</b>: short of the target by the tolerance or more.</li>
 * </ul>
 * Both parameters take the notation of {@link Tolerances#parse(CharSequence)} and are measured from
 * the target: {@code absolute 2} is two units (percentage points for a percentage), {@code relative
 * 5%} is 5% of the target. The stretch margin must be more than nothing; the amber tolerance may be
 * {@code none} (met or not met). With {@code amber = absolute 2, stretch = absolute 5} and a
 * higher-is-better target of 90: 95 and above is Blue, 90 to 94.99 Green, 88.01 to 89.99 Amber, 88
 * and below Red. Every comparison is exact, on {@code BigDecimal}s.
 *
 * <p>Other targets (thresholds, bands, benchmarks) and non-directional indicators are left unrated
 * with {@link UnratedReason#NOT_COMPARABLE}; {@link Target.None} gives {@link UnratedReason#NO_TARGET}.
 *
 * <p>Found by {@link org.outturn.rules.RagStrategyRegistry#standard()} because this module declares
 * {@code provides org.outturn.rules.spi.RagStrategyProvider with
 * org.outturn.examples.StretchTargetStrategyProvider} (and, for the class path, in
 * {@code META-INF/services}):
 * <pre>{@code
 * RagStrategy strategy = RagStrategyRegistry.standard()
 *         .create("stretch-target", Map.of("amber", "absolute 2", "stretch", "absolute 5"));
 * }</pre>
 *
 * <p>This class and the strategies it creates are immutable and thread-safe; the strategies are
 * value-like ({@code equals} and {@code toString} describe their parameters).
 */
public final class StretchTargetStrategyProvider implements RagStrategyProvider {

    /** The strategy's registry name. */
    public static final String NAME = "stretch-target";
    /** The parameter giving how far short of the target is still Amber. */
    public static final String AMBER = "amber";
    /** The parameter giving by how much the target must be beaten for Blue. */
    public static final String STRETCH = "stretch";

    private static final List<StrategyParameter> PARAMETERS =
            List.of(StrategyParameter.tolerance(AMBER), StrategyParameter.tolerance(STRETCH));

    /**
     * Creates the provider; {@link java.util.ServiceLoader} calls this.
     */
    public StretchTargetStrategyProvider() {
    }

    /**
     * Returns {@value #NAME}.
     *
     * @return the name, not null
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns the parameters: {@value #AMBER} and {@value #STRETCH}, both required tolerances.
     *
     * @return the parameters, not null
     */
    @Override
    public List<StrategyParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Creates the strategy. The registry has checked the parameters against {@link #parameters()}
     * already: an unknown one is refused, as in {@code Unknown parameter for RAG strategy
     * 'stretch-target': 'green' (accepted: [amber, stretch])}, a missing one, as in {@code Missing
     * parameter for RAG strategy 'stretch-target': 'stretch'}, and one that is not a tolerance.
     *
     * @param spec  the spec, with {@value #AMBER} and {@value #STRETCH} as tolerances, not null
     * @return the strategy, not null
     * @throws IllegalArgumentException for a stretch of {@code none}, as in {@code Invalid value for stretch
     *     (must be more than nothing, such as absolute 5 or relative 10%): none}
     */
    @Override
    public RagStrategy create(StrategySpec spec) {
        Objects.requireNonNull(spec, "spec");
        Tolerance amber = spec.tolerance(AMBER);
        Tolerance stretch = spec.tolerance(STRETCH);
        if (stretch.equals(Tolerances.none())) {
            throw new IllegalArgumentException("Invalid value for " + STRETCH
                    + " (must be more than nothing, such as absolute 5 or relative 10%): " + stretch);
        }
        return new StretchTarget(amber, stretch);
    }

    /**
     * Returns a description of the provider.
     *
     * @return {@code custom RAG strategy 'stretch-target'}, not null
     */
    @Override
    public String toString() {
        return "custom RAG strategy '" + NAME + "'";
    }

    /** The strategy: Blue, Green, Amber or Red against a single target. */
    private static final class StretchTarget implements RagStrategy {
        private final Tolerance amber;
        private final Tolerance stretch;

        StretchTarget(Tolerance amber, Tolerance stretch) {
            this.amber = amber;
            this.stretch = stretch;
        }

        @Override
        public Optional<StrategySpec> spec() {
            return Optional.of(StrategySpec.of(NAME, Map.of(AMBER, amber, STRETCH, stretch)));
        }

        @Override
        public Assessment assess(StrategyContext context) {
            Indicator indicator = context.indicator();
            Target target = context.target();
            Outturn outturn = context.outturn();
            BigDecimal value = context.judgedValue();
            if (target instanceof Target.None none) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
            }
            Polarity polarity = indicator.polarity();
            if (!polarity.isDirectional()) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "the " + NAME + " strategy needs a higher- or lower-is-better indicator, not " + polarity);
            }
            if (!(target instanceof Target.Single single)) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "the " + NAME + " strategy needs a single target, not " + target);
            }
            BigDecimal reference = single.value();
            BigDecimal distance = value.subtract(reference).abs();
            int better = polarity.compareBetter(value, reference);
            Rag rag;
            if (better >= 0) {
                rag = better > 0 && distance.compareTo(stretch.allowance(reference)) >= 0 ? Rag.BLUE : Rag.GREEN;
            } else {
                rag = distance.compareTo(amber.allowance(reference)) >= 0 ? Rag.RED : Rag.AMBER;
            }
            return Assessment.rated(indicator, outturn, target, value, rag,
                    () -> explain(indicator.unit(), polarity, rag, value, reference, distance));
        }

        private String explain(Unit unit, Polarity polarity, Rag rag, BigDecimal value, BigDecimal reference,
                BigDecimal distance) {
            String head = rag.displayName() + ": " + unit.format(value);
            String target = "the target of " + unit.format(reference);
            String gap = distance.toPlainString() + (unit.changeUnitName().isEmpty() ? "" : " " + unit.changeUnitName());
            boolean above = value.compareTo(reference) > 0;
            String side = above ? " above " : " below ";
            switch (rag) {
                case BLUE:
                    return head + " is " + gap + side + target + ", beating it by the stretch margin (" + stretch
                            + ") or more";
                case GREEN:
                    return distance.signum() == 0 ? head + " meets " + target
                            : head + " is " + gap + side + target + ", short of the stretch margin (" + stretch + ")";
                case AMBER:
                    return head + " is " + gap + side + target + ", within the Amber tolerance (" + amber + ")";
                default:
                    return head + " is " + gap + side + target + ", outside the Amber tolerance (" + amber + ")";
            }
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof StretchTarget other && amber.equals(other.amber) && stretch.equals(other.stretch);
        }

        @Override
        public int hashCode() {
            return Objects.hash(amber, stretch);
        }

        @Override
        public String toString() {
            return NAME + "(amber=" + amber + ", stretch=" + stretch + ")";
        }
    }
}
