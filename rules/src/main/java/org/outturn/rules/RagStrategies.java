package org.outturn.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Benchmark;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.UnratedReason;

/**
 * The built-in {@link RagStrategy}s.
 *
 * <table>
 *   <caption>Built-in strategies, their registry names and the targets they judge</caption>
 *   <tr><th>factory</th><th>registry name</th><th>target</th><th>rule</th></tr>
 *   <tr><td>{@link #tolerance(Tolerance, Edges)}</td><td>{@code tolerance}</td><td>single</td>
 *       <td>Green at or better than the target; Amber while the shortfall is inside the tolerance; Red
 *       from the tolerance's end on</td></tr>
 *   <tr><td>{@link #thresholds(Edges)}</td><td>{@code thresholds}</td><td>thresholds</td>
 *       <td>Green at or better than the green threshold; Red beyond the red threshold; Amber between</td></tr>
 *   <tr><td>{@link #band(Tolerance, Edges)}</td><td>{@code band}</td><td>band</td>
 *       <td>Green inside the band (and on its better side, for a directional polarity); Amber outside it
 *       by less than the margin; Red beyond</td></tr>
 *   <tr><td>{@link #relativeToBenchmark(Tolerance, Edges)}</td><td>{@code benchmark}</td>
 *       <td>relative to a benchmark</td><td>as {@code tolerance}, with the benchmark's value for the
 *       same period as the target</td></tr>
 *   <tr><td>{@link #noTarget()}</td><td>{@code no-target}</td><td>any</td><td>always unrated</td></tr>
 * </table>
 *
 * <p>A strategy given a target of a kind it does not judge returns an unrated assessment with
 * {@link UnratedReason#NOT_COMPARABLE}; {@link #firstApplicable(RagStrategy...)} tries several in turn.
 * Every decision compares {@code BigDecimal}s exactly, and polarity reverses every comparison. A
 * better value never gets a worse colour under the same strategy.
 *
 * <p>This class is not instantiable; the strategies it returns are immutable, thread-safe and
 * value-like: {@code equals} and {@code toString} describe their configuration.
 */
public final class RagStrategies {

    private static final RagStrategy NO_TARGET = new NoTarget();

    /** A built-in strategy that the registry can create again from its name and parameters. */
    interface Specified extends RagStrategy {
        /** Returns the registry name. */
        String specName();

        /** Returns the parameters that recreate this strategy, defaults left out. */
        Map<String, String> specParameters();
    }

    private static Map<String, String> edgeParameters(Edges edges, Edges defaults, Map<String, String> into) {
        if (edges.isGreenInclusive() != defaults.isGreenInclusive()) {
            into.put("greenEdge", edges.isGreenInclusive() ? "inclusive" : "exclusive");
        }
        if (edges.isRedInclusive() != defaults.isRedInclusive()) {
            into.put("redEdge", edges.isRedInclusive() ? "inclusive" : "exclusive");
        }
        return Collections.unmodifiableMap(into);
    }

    private RagStrategies() {
    }

    /**
     * Returns the target-with-tolerance strategy with the {@linkplain Edges#standard() standard edges}:
     * <i>Green = equal to or better than target, Amber = within the tolerance off target, Red = the
     * tolerance or more from meeting target</i>.
     *
     * @param tolerance  how far short of the target is still Amber, not null
     * @return the strategy, not null
     */
    public static RagStrategy tolerance(Tolerance tolerance) {
        return tolerance(tolerance, Edges.standard());
    }

    /**
     * Returns the target-with-tolerance strategy with the given edges.
     *
     * @param tolerance  how far short of the target is still Amber, not null
     * @param edges  which colour a value exactly on the target or on the tolerance's end gets, not null
     * @return the strategy, not null
     */
    public static RagStrategy tolerance(Tolerance tolerance, Edges edges) {
        return new AgainstReference(false, Objects.requireNonNull(tolerance, "tolerance"),
                Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Returns the thresholds strategy with the edges of a {@linkplain Edges#rangeOfAcceptablePerformance()
     * range of acceptable performance}: for {@code 95-90%} with higher-is-better, 95 and above is
     * Green, below 90 is Red, and 90 up to 95 is Amber.
     *
     * @return the strategy, not null
     */
    public static RagStrategy thresholds() {
        return thresholds(Edges.rangeOfAcceptablePerformance());
    }

    /**
     * Returns the thresholds strategy with the given edges.
     *
     * @param edges  whether a value exactly on the green threshold is Green, and on the red threshold
     *     Red, not null
     * @return the strategy, not null
     */
    public static RagStrategy thresholds(Edges edges) {
        return new Thresholds(Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Returns the acceptable-band strategy with the standard edges: inside the band (bounds
     * included) is Green; outside it by less than the margin is Amber; at the margin's end or beyond
     * is Red. For a higher-is-better indicator a value above the band is Green, and for a
     * lower-is-better one a value below it; for {@link Polarity#WITHIN_BAND} both sides are worse.
     *
     * @param amberMargin  how far outside the band is still Amber, measured from the nearer bound, not null
     * @return the strategy, not null
     */
    public static RagStrategy band(Tolerance amberMargin) {
        return band(amberMargin, Edges.standard());
    }

    /**
     * Returns the acceptable-band strategy with the given edges: the green edge says whether a value
     * exactly on a bound is inside, the red edge whether a value exactly at the margin's end is Red.
     *
     * @param amberMargin  how far outside the band is still Amber, not null
     * @param edges  the edges, not null
     * @return the strategy, not null
     */
    public static RagStrategy band(Tolerance amberMargin, Edges edges) {
        return new Band(Objects.requireNonNull(amberMargin, "amberMargin"), Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Returns the benchmark-relative strategy: the target is the benchmark's value for the outturn's
     * period (such as England's), judged as {@link #tolerance(Tolerance, Edges)} judges a single target.
     * A missing benchmark gives {@link UnratedReason#BENCHMARK_NOT_AVAILABLE}.
     *
     * @param tolerance  how far short of the benchmark is still Amber, not null
     * @param edges  the edges, not null
     * @return the strategy, not null
     */
    public static RagStrategy relativeToBenchmark(Tolerance tolerance, Edges edges) {
        return new AgainstReference(true, Objects.requireNonNull(tolerance, "tolerance"),
                Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Returns the strategy that never rates: every outturn is unrated with {@link UnratedReason#NO_TARGET}
     * and the target's wording.
     *
     * @return the strategy, not null
     */
    public static RagStrategy noTarget() {
        return NO_TARGET;
    }

    /**
     * Returns a strategy that asks each strategy in turn and keeps the first result that is not
     * {@link UnratedReason#NOT_COMPARABLE}: for a report mixing single targets and ranges,
     * {@code firstApplicable(tolerance(...), thresholds(), band(...))}.
     *
     * @param strategies  the strategies, in order, at least one, not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if no strategy is given
     */
    public static RagStrategy firstApplicable(RagStrategy... strategies) {
        return new Composite(false, copy(strategies));
    }

    /**
     * Returns a strategy that asks every strategy and keeps the worst colour among those that rate
     * the outturn; when none rates it, the first strategy's result.
     *
     * @param strategies  the strategies, at least one, not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if no strategy is given
     */
    public static RagStrategy worstOf(RagStrategy... strategies) {
        return new Composite(true, copy(strategies));
    }

    /**
     * Returns a strategy that turns a Green into Blue when the value beats its reference (the target,
     * the green threshold, the benchmark, or a band's better bound) by at least the margin, and by more
     * than nothing.
     *
     * @param strategy  the strategy to refine, not null
     * @param margin  by how much the reference must be beaten for Blue, not null
     * @return the strategy, not null
     */
    public static RagStrategy withBlue(RagStrategy strategy, Tolerance margin) {
        return new WithBlue(Objects.requireNonNull(strategy, "strategy"), Objects.requireNonNull(margin, "margin"));
    }

    private static List<RagStrategy> copy(RagStrategy[] strategies) {
        Objects.requireNonNull(strategies, "strategies");
        if (strategies.length == 0) {
            throw new IllegalArgumentException("Invalid value for strategies (at least one is needed): []");
        }
        for (int i = 0; i < strategies.length; i++) {
            Objects.requireNonNull(strategies[i], "strategies[" + i + "]");
        }
        return List.of(strategies);
    }

    /**
     * Rates a value against a reference, exactly: Green at or better than it, Red once the shortfall
     * reaches the allowance, Amber between; each edge as the edges say.
     */
    static Rag rate(Polarity polarity, BigDecimal value, BigDecimal reference, BigDecimal allowance, Edges edges) {
        int better = polarity.compareBetter(value, reference);
        if (edges.isGreen(better)) {
            return Rag.GREEN;
        }
        return edges.isRed(value.subtract(reference).abs().compareTo(allowance)) ? Rag.RED : Rag.AMBER;
    }

    static Assessment notComparable(String strategy, String needs, Indicator indicator, Target target,
            Outturn outturn) {
        return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                "the " + strategy + " strategy needs " + needs + ", not " + target);
    }

    /** Handles the targets and polarities no built-in rates; returns null when the strategy may go on. */
    static Assessment screen(String strategy, Indicator indicator, Target target, Outturn outturn,
            boolean needsDirection) {
        if (target instanceof Target.None none) {
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, none.wording());
        }
        if (needsDirection && !indicator.polarity().isDirectional()) {
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                    "the " + strategy + " strategy needs a higher- or lower-is-better indicator, not "
                            + indicator.polarity());
        }
        return null;
    }

    /** The tolerance strategy, against a single target or a benchmark's value. */
    private static final class AgainstReference implements Specified {
        private final boolean benchmark;
        private final Tolerance tolerance;
        private final Edges edges;

        AgainstReference(boolean benchmark, Tolerance tolerance, Edges edges) {
            this.benchmark = benchmark;
            this.tolerance = tolerance;
            this.edges = edges;
        }

        private String name() {
            return benchmark ? "benchmark" : "tolerance";
        }

        @Override
        public String specName() {
            return name();
        }

        @Override
        public Map<String, String> specParameters() {
            Map<String, String> parameters = new TreeMap<>();
            parameters.put("tolerance", tolerance.toString());
            return edgeParameters(edges, Edges.standard(), parameters);
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            Assessment screened = screen(name(), indicator, target, outturn, true);
            if (screened != null) {
                return screened;
            }
            BigDecimal reference;
            if (benchmark) {
                if (!(target instanceof Target.RelativeToBenchmark relative)) {
                    return notComparable(name(), "a target relative to a benchmark", indicator, target, outturn);
                }
                Optional<Benchmark> found = indicator.benchmarkFor(relative.group(), outturn.period());
                if (found.isEmpty() || found.get().value().isEmpty()) {
                    return Assessment.unrated(indicator, outturn, target, UnratedReason.BENCHMARK_NOT_AVAILABLE,
                            "no " + relative.group() + " value for " + outturn.period()
                                    + found.flatMap(Benchmark::note).map(note -> " (" + note + ")").orElse(""));
                }
                reference = found.get().value().get();
            } else {
                if (!(target instanceof Target.Single single)) {
                    return notComparable(name(), "a single target", indicator, target, outturn);
                }
                reference = single.value();
            }
            Rag rag = rate(indicator.polarity(), value, reference, tolerance.allowance(reference), edges);
            return Assessment.rated(Assessment.Kind.AGAINST_REFERENCE, indicator, outturn, target, tolerance, value,
                    reference, rag);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof AgainstReference other && benchmark == other.benchmark
                    && tolerance.equals(other.tolerance) && edges.equals(other.edges);
        }

        @Override
        public int hashCode() {
            return Objects.hash(benchmark, tolerance, edges);
        }

        @Override
        public String toString() {
            return name() + "(" + tolerance + ", " + edges + ")";
        }
    }

    /** Green and red thresholds. */
    private static final class Thresholds implements Specified {
        private final Edges edges;

        Thresholds(Edges edges) {
            this.edges = edges;
        }

        @Override
        public String specName() {
            return "thresholds";
        }

        @Override
        public Map<String, String> specParameters() {
            return edgeParameters(edges, Edges.rangeOfAcceptablePerformance(), new TreeMap<>());
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            Assessment screened = screen("thresholds", indicator, target, outturn, true);
            if (screened != null) {
                return screened;
            }
            if (!(target instanceof Target.Thresholds thresholds)) {
                return notComparable("thresholds", "a thresholds target", indicator, target, outturn);
            }
            Polarity polarity = indicator.polarity();
            int green = polarity.compareBetter(value, thresholds.green());
            Rag rag;
            BigDecimal reference = thresholds.green();
            if (edges.isGreen(green)) {
                rag = Rag.GREEN;
            } else {
                if (edges.isRed(-polarity.compareBetter(value, thresholds.red()))) {
                    rag = Rag.RED;
                    reference = thresholds.red();
                } else {
                    rag = Rag.AMBER;
                }
            }
            return Assessment.rated(Assessment.Kind.THRESHOLDS, indicator, outturn, target, null, value, reference,
                    rag);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Thresholds other && edges.equals(other.edges);
        }

        @Override
        public int hashCode() {
            return edges.hashCode() + 7;
        }

        @Override
        public String toString() {
            return "thresholds(" + edges + ")";
        }
    }

    /** An acceptable band with an amber margin. */
    private static final class Band implements Specified {
        private final Tolerance margin;
        private final Edges edges;

        Band(Tolerance margin, Edges edges) {
            this.margin = margin;
            this.edges = edges;
        }

        @Override
        public String specName() {
            return "band";
        }

        @Override
        public Map<String, String> specParameters() {
            Map<String, String> parameters = new TreeMap<>();
            parameters.put("margin", margin.toString());
            return edgeParameters(edges, Edges.standard(), parameters);
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            Assessment screened = screen("band", indicator, target, outturn, false);
            if (screened != null) {
                return screened;
            }
            if (!(target instanceof Target.Band band)) {
                return notComparable("band", "a band target", indicator, target, outturn);
            }
            Polarity polarity = indicator.polarity();
            if (polarity == Polarity.NONE) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_RATED_MEASURE,
                        "a context measure is not rated");
            }
            int low = value.compareTo(band.lowInclusive());
            int high = value.compareTo(band.highInclusive());
            boolean below = !edges.isGreen(low);
            boolean above = !edges.isGreen(-high);
            Rag rag;
            BigDecimal reference;
            if (below && above) {
                // A one-point band with an exclusive green edge: the value sits on it.
                reference = band.lowInclusive();
                rag = outside(value, reference);
            } else if (below) {
                reference = band.lowInclusive();
                rag = polarity == Polarity.LOWER_IS_BETTER ? Rag.GREEN : outside(value, reference);
            } else if (above) {
                reference = band.highInclusive();
                rag = polarity == Polarity.HIGHER_IS_BETTER ? Rag.GREEN : outside(value, reference);
            } else {
                reference = value.subtract(band.lowInclusive()).compareTo(band.highInclusive().subtract(value)) <= 0
                        ? band.lowInclusive() : band.highInclusive();
                rag = Rag.GREEN;
            }
            return Assessment.rated(Assessment.Kind.BAND, indicator, outturn, target, margin, value, reference, rag);
        }

        private Rag outside(BigDecimal value, BigDecimal bound) {
            return edges.isRed(value.subtract(bound).abs().compareTo(margin.allowance(bound))) ? Rag.RED : Rag.AMBER;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Band other && margin.equals(other.margin) && edges.equals(other.edges);
        }

        @Override
        public int hashCode() {
            return Objects.hash(margin, edges);
        }

        @Override
        public String toString() {
            return "band(margin " + margin + ", " + edges + ")";
        }
    }

    /** Never rates. */
    private static final class NoTarget implements Specified {
        @Override
        public String specName() {
            return "no-target";
        }

        @Override
        public Map<String, String> specParameters() {
            return Map.of();
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            String wording = target instanceof Target.None none ? none.wording() : "no target is used for " + target;
            return Assessment.unrated(indicator, outturn, target, UnratedReason.NO_TARGET, wording);
        }

        @Override
        public String toString() {
            return "no-target";
        }
    }

    /** First applicable, or worst of. */
    private static final class Composite implements RagStrategy {
        private final boolean worst;
        private final List<RagStrategy> strategies;

        Composite(boolean worst, List<RagStrategy> strategies) {
            this.worst = worst;
            this.strategies = strategies;
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            Assessment first = null;
            Assessment chosen = null;
            for (RagStrategy strategy : strategies) {
                Assessment result = strategy.assess(indicator, target, outturn, value);
                if (first == null) {
                    first = result;
                }
                boolean applies = result.rating().unratedReason().orElse(null) != UnratedReason.NOT_COMPARABLE;
                if (!worst && applies) {
                    return result;
                }
                if (worst && result.rating().isRated() && (chosen == null
                        || chosen.rag().orElseThrow().isBetterThan(result.rag().orElseThrow()))) {
                    chosen = result;
                }
            }
            if (chosen != null) {
                return chosen;
            }
            if (!worst && strategies.size() > 1) {
                return Assessment.unrated(indicator, outturn, target, UnratedReason.NOT_COMPARABLE,
                        "no strategy of " + this + " applies to " + target);
            }
            return first;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Composite other && worst == other.worst && strategies.equals(other.strategies);
        }

        @Override
        public int hashCode() {
            return Objects.hash(worst, strategies);
        }

        @Override
        public String toString() {
            return (worst ? "worst-of" : "first-applicable") + strategies;
        }
    }

    /** Blue for a margin beyond the reference. */
    private static final class WithBlue implements RagStrategy {
        private final RagStrategy strategy;
        private final Tolerance margin;

        WithBlue(RagStrategy strategy, Tolerance margin) {
            this.strategy = strategy;
            this.margin = margin;
        }

        @Override
        public Assessment assess(Indicator indicator, Target target, Outturn outturn, BigDecimal value) {
            Assessment result = strategy.assess(indicator, target, outturn, value);
            if (result.rag().orElse(null) != Rag.GREEN || result.reference().isEmpty()
                    || !indicator.polarity().isDirectional()) {
                return result;
            }
            // A band's reference is the edge nearest the value, which for a value inside the band may be
            // the worse edge; Blue is judged from the better edge, so that a better value is never less blue.
            BigDecimal reference = target instanceof Target.Band band
                    ? (indicator.polarity() == Polarity.HIGHER_IS_BETTER ? band.highInclusive() : band.lowInclusive())
                    : result.reference().get();
            BigDecimal beyond = indicator.polarity() == Polarity.HIGHER_IS_BETTER
                    ? value.subtract(reference) : reference.subtract(value);
            if (beyond.signum() > 0 && beyond.compareTo(margin.allowance(reference)) >= 0) {
                return result.withRag(Rag.BLUE);
            }
            return result;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof WithBlue other && strategy.equals(other.strategy) && margin.equals(other.margin);
        }

        @Override
        public int hashCode() {
            return Objects.hash(strategy, margin);
        }

        @Override
        public String toString() {
            return "with-blue(margin " + margin + ", " + strategy + ")";
        }
    }
}
