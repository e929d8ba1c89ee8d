package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.StrategyContext;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.spi.RagStrategyProvider;

/**
 * The {@value #NAME} RAG strategy: rates the latest outturn by statistical process control, on an
 * {@link XmrChart} of the indicator's series, in the NHS "Making Data Count" way.
 *
 * <ul>
 *   <li><b>Red</b>: the latest point is a concerning special cause, or the process consistently
 *     fails the target;</li>
 *   <li><b>Green</b>: otherwise, the process consistently passes the target, or the latest point is
 *     an improving special cause;</li>
 *   <li><b>Amber</b>: otherwise (hit and miss, with common cause or neutral variation).</li>
 * </ul>
 * The series is the rated outturn and the outturns of the same frequency before it in the
 * {@linkplain StrategyContext#history() history}, reading back at most {@value #LOOK_BACK} periods;
 * a period without an outturn, or with no value, is a gap; gaps before the first value are dropped.
 * The latest point's value is the judged value. The chart has one phase (limits change only when the
 * user says so, which a policy cannot). Too few values for the rule set's minimum leave the outturn
 * unrated ({@link UnratedReason#NOT_COMPARABLE}, "not enough data"); so do a target relative to a
 * benchmark and an indicator with no polarity. {@link Target.None} gives {@link UnratedReason#NO_TARGET}.
 *
 * <p>Parameter {@value #RULE_SET}: the name of a {@link RuleSet}, {@value RuleSet#NHSE_2023} by default.
 * In JSON: {@code {"name": "nhs", "strategy": "spc", "parameters": {"rule-set": "nhse-pre-2023"}}}.
 *
 * <p>This class and the strategies it creates are immutable and thread-safe; the strategies are
 * value-like.
 */
public final class SpcStrategyProvider implements RagStrategyProvider {

    /** The strategy's registry name. */
    public static final String NAME = "spc";
    /** The parameter naming the rule set. */
    public static final String RULE_SET = "rule-set";
    /** How many periods before the rated one the strategy reads at most. */
    public static final int LOOK_BACK = 120;

    private static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.choice(RULE_SET, RuleSet.NHSE_2023, RuleSet.names().toArray(String[]::new)));

    /**
     * Creates the provider; {@link java.util.ServiceLoader} calls this.
     */
    public SpcStrategyProvider() {
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
     * Returns the parameters: {@value #RULE_SET}, a choice of the named rule sets.
     *
     * @return the parameters, not null
     */
    @Override
    public List<StrategyParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Creates the strategy.
     *
     * @param spec  the spec, with {@value #RULE_SET} present, not null
     * @return the strategy, not null
     */
    @Override
    public RagStrategy create(StrategySpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new Spc(RuleSet.named(spec.text(RULE_SET)));
    }

    /**
     * Returns a description of the provider.
     *
     * @return {@code RAG strategy 'spc'}, not null
     */
    @Override
    public String toString() {
        return "RAG strategy '" + NAME + "'";
    }

    /** The strategy. */
    private static final class Spc implements RagStrategy {
        private final RuleSet ruleSet;

        Spc(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
        }

        @Override
        public Optional<StrategySpec> spec() {
            return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, Map.of(RULE_SET, ruleSet.name())));
        }

        @Override
        public Assessment assess(StrategyContext context) {
            Indicator indicator = context.indicator();
            Target target = context.target();
            Outturn outturn = context.outturn();
            if (target instanceof Target.None none) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
            }
            if (target instanceof Target.RelativeToBenchmark) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "the " + NAME + " strategy needs a target value or band, not " + target);
            }
            XmrChart chart = XmrChart.of(series(context), indicator.polarity(), ruleSet, XmrSetup.none());
            XmrPhase phase = chart.phases().get(chart.phases().size() - 1);
            Optional<Assurance> assurance = chart.assurance(target);
            Optional<XmrPoint> latest = chart.latest();
            if (phase.limits().isEmpty() || assurance.isEmpty() || latest.isEmpty()) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "not enough data for process limits: " + phase.calculationPoints() + " values, at least "
                                + ruleSet.minimumPoints() + " needed (rule set " + ruleSet.name() + ")");
            }
            Variation variation = latest.get().variation().orElseThrow();
            Rag rag;
            if (variation == Variation.SPECIAL_CAUSE_CONCERNING || assurance.get() == Assurance.CONSISTENTLY_FAILS) {
                rag = Rag.RED;
            } else if (variation == Variation.SPECIAL_CAUSE_IMPROVING
                    || assurance.get() == Assurance.CONSISTENTLY_PASSES) {
                rag = Rag.GREEN;
            } else {
                rag = Rag.AMBER;
            }
            return Assessment.rated(indicator, outturn, target, context.judgedValue(), rag,
                    () -> SpcText.explain(rag, chart, variation, assurance.get(), target));
        }

        private static List<Observation> series(StrategyContext context) {
            List<Observation> reversed = new ArrayList<>();
            reversed.add(Observation.of(context.outturn().period().toString(), context.judgedValue()));
            ReportingPeriod period = context.outturn().period();
            for (int i = 0; i < LOOK_BACK; i++) {
                period = period.previous();
                Optional<Outturn> earlier = context.outturnFor(period);
                reversed.add(new Observation(period.toString(), earlier.flatMap(Outturn::value)));
            }
            while (reversed.get(reversed.size() - 1).value().isEmpty()) {
                reversed.remove(reversed.size() - 1);
            }
            Collections.reverse(reversed);
            return reversed;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Spc other && ruleSet.equals(other.ruleSet);
        }

        @Override
        public int hashCode() {
            return ruleSet.hashCode();
        }

        @Override
        public String toString() {
            return NAME + "(rule-set=" + ruleSet.name() + ")";
        }
    }

    /** Wording of the strategy's explanations. */
    static final class SpcText {
        private SpcText() {
        }

        static String explain(Rag rag, XmrChart chart, Variation variation, Assurance assurance, Target target) {
            XmrPoint latest = chart.latest().orElseThrow();
            XmrLimits limits = chart.latestLimits().orElseThrow();
            StringBuilder text = new StringBuilder();
            text.append(rag.displayName()).append(": ").append(latest.label()).append(' ')
                    .append(latest.value().orElseThrow().toPlainString()).append(" shows ")
                    .append(variation.displayName().toLowerCase(java.util.Locale.ROOT));
            for (Signal signal : latest.signals()) {
                List<String> labels = chart.points().stream()
                        .filter(point -> point.phase() == latest.phase() && point.signals().contains(signal))
                        .map(XmrPoint::label).collect(Collectors.toList());
                text.append("; ").append(signal.displayName()).append(" at ").append(String.join(", ", labels));
            }
            text.append("; ").append(assurance.displayName().toLowerCase(java.util.Locale.ROOT)).append(" (")
                    .append(target).append(") with process limits ")
                    .append(plain(limits.lowerProcessLimit())).append(" to ").append(plain(limits.upperProcessLimit()))
                    .append(" about a mean of ").append(plain(limits.mean())).append(" from ").append(limits.points())
                    .append(" points, rule set ").append(chart.ruleSet().name());
            return text.toString();
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
