package org.outturn.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.Assessment;
import org.outturn.rules.RagStrategy;
import org.outturn.rules.StrategyContext;
import org.outturn.rules.StrategyParameter;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.spi.RagStrategyProvider;

/**
 * The {@value #NAME} RAG strategy: an outturn's confidence interval compared with a benchmark value by
 * {@link BenchmarkComparison}, Green when better, Amber when similar, Red when worse, as a public-health
 * profile colours "Compared to England".
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@value #LEVEL}: {@code 95} (the default) or {@code 99.8}, the confidence of the interval;</li>
 *   <li>{@value #BENCHMARK}: where the benchmark value comes from. {@code target} (the default): the
 *       indicator's target must be relative to a benchmark ({@link Target.RelativeToBenchmark}, such as
 *       {@code in line with national or above}), and the value is the indicator's benchmark of that group
 *       for the outturn's period; any other target is not comparable. {@code England}: the indicator's
 *       England benchmark for the outturn's period, whatever the target (a Fingertips import has
 *       England's rows as benchmarks).</li>
 * </ul>
 *
 * <p>The interval is the outturn's own at the level ({@link Outturn#confidenceInterval(ConfidenceLevel)}, as
 * an import of a Fingertips export carries it); failing that, for an outturn with a numerator and
 * denominator, the one its unit implies ({@link Intervals#forOutturn}: Wilson for a percentage, Byars or
 * exact Poisson for a rate), rounded outwards to two more decimal places than the unit publishes. An
 * outturn with neither is unrated, {@link UnratedReason#NOT_COMPARABLE}, with a reason such as
 * {@code no 95% confidence interval for 2022};
 * no benchmark value gives {@link UnratedReason#BENCHMARK_NOT_AVAILABLE}; an indicator without a
 * direction is not comparable. The explanation gives the value, the interval, the benchmark and the level:
 * <pre>
 * Green: 9.8% (95% confidence interval 7.4 - 12.2) is better than the England value of 12.7%: the whole interval is below it
 * </pre>
 *
 * <pre>{@code
 * RagStrategy strategy = RagStrategyRegistry.standard().create("benchmark-ci", Map.of("level", "99.8"));
 * }</pre>
 * In JSON: {@code {"strategy": "benchmark-ci", "level": "99.8", "benchmark": "England"}}.
 *
 * <p>This class and its strategies are immutable and thread-safe; the strategies are value-like.
 */
public final class BenchmarkCiStrategyProvider implements RagStrategyProvider {

    /** The strategy's registry name. */
    public static final String NAME = "benchmark-ci";
    /** The parameter giving the confidence level. */
    public static final String LEVEL = "level";
    /** The parameter giving where the benchmark value comes from. */
    public static final String BENCHMARK = "benchmark";

    private static final String FROM_TARGET = "target";
    private static final String ENGLAND = "England";
    private static final List<StrategyParameter> PARAMETERS = List.of(
            StrategyParameter.choice(LEVEL, "95", "95", "99.8"),
            StrategyParameter.choice(BENCHMARK, FROM_TARGET, FROM_TARGET, ENGLAND));

    /**
     * Creates the provider; {@link java.util.ServiceLoader} calls this.
     */
    public BenchmarkCiStrategyProvider() {
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
     * Returns the parameters: {@value #LEVEL} ({@code 95} or {@code 99.8}, default {@code 95}) and
     * {@value #BENCHMARK} ({@code target} or {@code England}, default {@code target}).
     *
     * @return the parameters, not null
     */
    @Override
    public List<StrategyParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Creates the strategy; the registry has checked the parameters, refusing an unknown level as in
     * {@code Invalid value for parameter 'level' of RAG strategy 'benchmark-ci' (valid values 95, 99.8): 90}.
     *
     * @param spec  the complete spec, not null
     * @return the strategy, not null
     */
    @Override
    public RagStrategy create(StrategySpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new BenchmarkCi(ConfidenceLevel.parseLenient(spec.text(LEVEL)),
                spec.text(BENCHMARK).equals(ENGLAND));
    }

    /**
     * Returns a description of the provider.
     *
     * @return {@code RAG strategy 'benchmark-ci'}, not null
     */
    @Override
    public String toString() {
        return "RAG strategy '" + NAME + "'";
    }

    /** The strategy. */
    private static final class BenchmarkCi implements RagStrategy {
        private final ConfidenceLevel level;
        private final boolean england;

        BenchmarkCi(ConfidenceLevel level, boolean england) {
            this.level = level;
            this.england = england;
        }

        @Override
        public Optional<StrategySpec> spec() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(LEVEL, level.percent().toPlainString());
            values.put(BENCHMARK, england ? ENGLAND : FROM_TARGET);
            return Optional.of(StrategyParameter.describe(NAME, PARAMETERS, values));
        }

        @Override
        public Assessment assess(StrategyContext context) {
            Indicator indicator = context.indicator();
            Outturn outturn = context.outturn();
            Target target = context.target();
            if (!england && target instanceof Target.None none) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
            }
            if (!indicator.polarity().isDirectional()) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE, "the " + NAME
                        + " strategy needs a higher- or lower-is-better indicator; this one is "
                        + indicator.polarity().displayName());
            }
            BenchmarkGroup group;
            if (england) {
                group = BenchmarkGroup.ENGLAND;
            } else if (target instanceof Target.RelativeToBenchmark relative) {
                group = relative.group();
            } else {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE, "the " + NAME
                        + " strategy needs a target relative to a benchmark, not " + target);
            }
            Confidence confidence = Confidence.of(level);
            Optional<ConfidenceInterval> interval = outturn.confidenceInterval(level);
            String source = "";
            if (interval.isEmpty() && outturn.fraction().isPresent() && (indicator.unit().kind() == Unit.Kind.PERCENTAGE
                    || indicator.unit().kind() == Unit.Kind.RATE)) {
                Estimate estimate;
                try {
                    estimate = Intervals.forOutturn(outturn, indicator.unit(), confidence);
                } catch (IllegalArgumentException ex) {
                    return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                            ex.getMessage());
                }
                interval = estimate.interval(confidence).map(computed -> rounded(computed, indicator.unit()));
                source = interval.isEmpty() ? "" : " by " + estimate.method().displayName() + " from "
                        + outturn.fraction().get();
            }
            if (interval.isEmpty()) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "no " + confidence + " confidence interval for " + outturn.period()
                                + (outturn.fraction().isEmpty() ? "" : " (and none computable from "
                                        + outturn.fraction().get() + ")"));
            }
            Optional<Benchmark> found = indicator.benchmarkFor(group, outturn.period());
            if (found.isEmpty() || found.get().value().isEmpty()) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.BENCHMARK_NOT_AVAILABLE,
                        "no " + group + " value for " + outturn.period()
                                + found.flatMap(Benchmark::note).map(note -> " (" + note + ")").orElse(""));
            }
            BigDecimal reference = found.get().value().get();
            BenchmarkComparison comparison = BenchmarkComparison.of(interval.get(), reference, indicator.polarity(),
                    confidence);
            Rag rag = comparison.comparison().rag().orElseThrow();
            BigDecimal value = context.judgedValue();
            String method = source;
            return Assessment.rated(indicator, outturn, target, value, rag,
                    () -> explain(indicator, value, comparison, group, method));
        }

        /**
         * A computed interval rounded outwards to two more decimal places than the unit publishes, as
         * an imported interval would be published; rounding outwards never narrows it.
         */
        private static ConfidenceInterval rounded(ConfidenceInterval interval, Unit unit) {
            int places = unit.decimalPlaces() + 2;
            return ConfidenceInterval.of(interval.lowerInclusive().setScale(places, RoundingMode.FLOOR),
                    interval.upperInclusive().setScale(places, RoundingMode.CEILING));
        }

        private static String explain(Indicator indicator, BigDecimal value, BenchmarkComparison comparison,
                BenchmarkGroup group, String source) {
            ConfidenceInterval interval = comparison.interval().orElseThrow();
            BigDecimal reference = comparison.benchmark().orElseThrow();
            String where;
            switch (comparison.comparison()) {
                case SIMILAR:
                    where = "the interval contains it";
                    break;
                default:
                    where = interval.lowerInclusive().compareTo(reference) > 0 ? "the whole interval is above it"
                            : "the whole interval is below it";
                    break;
            }
            return comparison.comparison().rag().orElseThrow().displayName() + ": "
                    + indicator.unit().format(value) + " (" + comparison.confidence() + " confidence interval "
                    + interval + source + ") is " + comparison.comparison().displayName().toLowerCase(java.util.Locale.ROOT)
                    + (comparison.comparison() == Comparison.SIMILAR ? " to" : " than") + " the " + group
                    + " value of " + indicator.unit().format(reference) + ": " + where;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof BenchmarkCi other && level == other.level && england == other.england;
        }

        @Override
        public int hashCode() {
            return Objects.hash(NAME, level, england);
        }

        @Override
        public String toString() {
            return NAME + "(" + level.displayName() + ", " + (england ? ENGLAND : FROM_TARGET) + ")";
        }
    }
}
