package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outturn.core.Fraction;
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
 * {@link SpcChart} of the indicator's series, in the NHS "Making Data Count" way.
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
 * benchmark, an indicator with no polarity, and data the chart cannot read (on a chart that needs a
 * denominator, an outturn without an imported numerator and denominator; the reason is the chart's
 * message). {@link Target.None} gives {@link UnratedReason#NO_TARGET}.
 *
 * <p>Parameters: {@value #RULE_SET}, the name of a {@link RuleSet}, {@value RuleSet#NHSE_2023} by
 * default; {@value #CHART}, the {@linkplain ChartType#code() code} of the chart type, {@code xmr} by
 * default (the p, p′, u and u′ charts read each outturn's imported numerator and denominator and
 * plot in the indicator's unit, {@link SpcSetup#forUnit}, so that the target compares). In
 * JSON: {@code {"name": "nhs", "strategy": "spc", "parameters": {"rule-set": "nhse-pre-2023",
 * "chart": "xmr"}}}.
 *
 * <p>This class and the strategies it creates are immutable and thread-safe; the strategies are
 * value-like.
 */
public final class SpcStrategyProvider implements RagStrategyProvider {

    /** The strategy's registry name. */
    public static final String NAME = "spc";
    /** The parameter naming the rule set. */
    public static final String RULE_SET = "rule-set";
    /** The parameter naming the chart type. */
    public static final String CHART = "chart";
    /** How many periods before the rated one the strategy reads at most. */
    public static final int LOOK_BACK = 120;

    private static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.choice(RULE_SET, RuleSet.NHSE_2023, RuleSet.names().toArray(String[]::new)),
            StrategyParameter.choice(CHART, ChartType.XMR.code(),
                    Arrays.stream(ChartType.values()).map(ChartType::code).toArray(String[]::new)));

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
     * Returns the parameters: {@value #RULE_SET}, a choice of the named rule sets, and {@value #CHART},
     * a choice of the chart types' codes.
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
     * @param spec  the spec, with {@value #RULE_SET} and {@value #CHART} present, not null
     * @return the strategy, not null
     */
    @Override
    public RagStrategy create(StrategySpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new Spc(RuleSet.named(spec.text(RULE_SET)), ChartType.ofCode(spec.text(CHART)));
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
        private final ChartType type;

        Spc(RuleSet ruleSet, ChartType type) {
            this.ruleSet = ruleSet;
            this.type = type;
        }

        @Override
        public Optional<StrategySpec> spec() {
            return Optional.of(StrategyParameter.describe(NAME, PARAMETERS,
                    Map.of(RULE_SET, ruleSet.name(), CHART, type.code())));
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
            SpcChart chart;
            try {
                chart = SpcChart.of(type, series(context), indicator.polarity(), ruleSet,
                        SpcSetup.forUnit(indicator.unit()));
            } catch (IllegalArgumentException ex) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "the " + type.displayName() + " cannot read the series: " + ex.getMessage());
            }
            SpcPhase phase = chart.phases().get(chart.phases().size() - 1);
            Optional<Assurance> assurance = chart.assurance(target);
            Optional<SpcPoint> latest = chart.latest();
            if (!phase.hasLimits() || assurance.isEmpty() || latest.isEmpty()) {
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
            Outturn rated = context.outturn();
            Optional<Fraction> fraction = rated.fraction();
            reversed.add(new Observation(rated.period().toString(), Optional.of(context.judgedValue()),
                    fraction.map(Fraction::numerator), fraction.map(Fraction::denominator)));
            ReportingPeriod period = rated.period();
            for (int i = 0; i < LOOK_BACK; i++) {
                period = period.previous();
                Optional<Outturn> earlier = context.outturnFor(period);
                reversed.add(earlier.isPresent() ? Observation.from(earlier.get())
                        : Observation.missing(period.toString()));
            }
            while (reversed.get(reversed.size() - 1).value().isEmpty()) {
                reversed.remove(reversed.size() - 1);
            }
            Collections.reverse(reversed);
            return reversed;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Spc other && ruleSet.equals(other.ruleSet) && type == other.type;
        }

        @Override
        public int hashCode() {
            return 31 * ruleSet.hashCode() + type.hashCode();
        }

        @Override
        public String toString() {
            return NAME + "(rule-set=" + ruleSet.name() + ", chart=" + type.code() + ")";
        }
    }

    /** Wording of the strategy's explanations. */
    static final class SpcText {
        private SpcText() {
        }

        static String explain(Rag rag, SpcChart chart, Variation variation, Assurance assurance, Target target) {
            SpcPoint latest = chart.latest().orElseThrow();
            SpcLimits limits = chart.latestLimits().orElseThrow();
            SpcPhase phase = chart.phases().get(latest.phase());
            StringBuilder text = new StringBuilder();
            text.append(rag.displayName()).append(": ").append(latest.label()).append(' ')
                    .append(latest.value().orElseThrow().toPlainString()).append(" shows ")
                    .append(variation.displayName().toLowerCase(java.util.Locale.ROOT));
            for (Signal signal : latest.signals()) {
                List<String> labels = chart.points().stream()
                        .filter(point -> point.phase() == latest.phase() && point.signals().contains(signal))
                        .map(SpcPoint::label).collect(Collectors.toList());
                text.append("; ").append(signal.displayName()).append(" at ").append(String.join(", ", labels));
            }
            text.append("; ").append(assurance.displayName().toLowerCase(java.util.Locale.ROOT)).append(" (")
                    .append(target).append(") with process limits ")
                    .append(plain(limits.lowerProcess())).append(" to ").append(plain(limits.upperProcess()))
                    .append(" about a mean of ").append(plain(limits.centre())).append(" from ")
                    .append(phase.calculationPoints())
                    .append(" points, rule set ").append(chart.ruleSet().name());
            return text.toString();
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
