package org.outturn.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *   <tr><td>{@link #tolerance(Tolerance, Tolerance, Edges)}</td><td>{@code tolerance} with
 *       {@code greenTolerance}</td><td>single</td>
 *       <td>Green while the shortfall is inside the green tolerance; Amber inside the tolerance; Red
 *       beyond</td></tr>
 *   <tr><td>{@link #amberIfImproved(Tolerance, Tolerance, Edges, ComparedWith, MissingComparison)}</td>
 *       <td>{@code tolerance} with {@code beyondTolerance = amber-if-improved}</td><td>single</td>
 *       <td>as above, but beyond the tolerance Amber when the outturn is at least as good as the earlier
 *       one ({@code comparedWith}), Red when worse; without an earlier outturn, unrated or Red
 *       ({@code missingComparison})</td></tr>
 *   <tr><td>{@link #floor(Edges)}</td><td>{@code floor}</td><td>with a floor</td>
 *       <td>Green at or better than the target; Amber short of it but at or better than the floor; Red
 *       beyond the floor</td></tr>
 *   <tr><td>{@link #thresholds(Edges)}</td><td>{@code thresholds}</td><td>thresholds</td>
 *       <td>Green at or better than the green threshold; Red beyond the red threshold; Amber between</td></tr>
 *   <tr><td>{@link #band(Tolerance, Edges)}</td><td>{@code band}</td><td>band</td>
 *       <td>Green inside the band (and on its better side, for a directional polarity); Amber outside it
 *       by less than the margin; Red beyond</td></tr>
 *   <tr><td>{@link #relativeToBenchmark(Tolerance, Edges)}</td><td>{@code benchmark}</td>
 *       <td>relative to a benchmark</td><td>as {@code tolerance}, with the benchmark's value for the
 *       same period as the target</td></tr>
 *   <tr><td>{@link #noTarget()}</td><td>{@code no-target}</td><td>any</td><td>always unrated</td></tr>
 *   <tr><td>{@link #firstApplicable(RagStrategy...)}</td><td>{@code first-applicable}</td><td>any</td>
 *       <td>the first of its {@code strategies} that applies to the target</td></tr>
 *   <tr><td>{@link #worstOf(RagStrategy...)}</td><td>{@code worst-of}</td><td>any</td>
 *       <td>the worst colour among its {@code strategies}</td></tr>
 *   <tr><td>{@link #withBlue(RagStrategy, Tolerance)}</td><td>{@code with-blue}</td><td>any</td>
 *       <td>its {@code strategy}, with Blue for a Green beyond the reference by the {@code margin}</td></tr>
 * </table>
 *
 * <p>Every strategy returned here {@linkplain RagStrategy#spec() describes itself} by its registry name
 * and parameters (a composite or Blue one when its nested strategies do), so that
 * {@code RagStrategyRegistry.standard().create(strategy.spec().orElseThrow())} equals it. The parameters
 * and their defaults are listed by {@link RagStrategyRegistry}.
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
        return tolerance(Tolerances.none(), tolerance, edges);
    }

    /**
     * Returns the target-with-tolerance strategy with a green-side tolerance: <i>Green = on, above or
     * within 5% of target; Amber = between 5% and 10%; Red = more than 10% from target</i> is
     * {@code tolerance(relative(5), relative(10), Edges.of(true, false))}. The green edge is the end of the
     * green tolerance (the target itself when it is {@link Tolerances#none()}), the red edge the end of the
     * tolerance.
     *
     * <p>When the two are of the same kind (both relative, or both absolute) the green tolerance must not
     * exceed the tolerance. When they are of different kinds, which is larger depends on the target; where
     * the green tolerance reaches beyond the tolerance there is no Amber, and a value past the green
     * tolerance is Red.
     *
     * @param greenTolerance  how far short of the target is still Green, not null
     * @param tolerance  how far short of the target is still Amber, not null
     * @param edges  which colour a value exactly on each end gets, not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if the green tolerance exceeds a tolerance of the same kind, as in
     *     {@code Invalid value for greenTolerance (must not exceed the tolerance, relative 5%): relative 10%}
     */
    public static RagStrategy tolerance(Tolerance greenTolerance, Tolerance tolerance, Edges edges) {
        return new ToleranceStrategy(Objects.requireNonNull(greenTolerance, "greenTolerance"),
                Objects.requireNonNull(tolerance, "tolerance"), Objects.requireNonNull(edges, "edges"), null, null);
    }

    /**
     * Returns the target-with-tolerance strategy that, beyond the tolerance, looks at the direction of
     * travel: <i>Amber = more than 10% off the annual target and performance has improved or been
     * maintained compared to last year; Red = more than 10% off and not improved</i>. "Improved or
     * maintained" means at least as good as the earlier outturn under the indicator's polarity. The earlier
     * outturn comes from the history given to {@link RagPolicy#assess(org.outturn.core.Indicator,
     * org.outturn.core.Outturn, OutturnHistory)}, compared as published; when there is none (or it has no
     * value) the outturn is unrated ({@link UnratedReason#NOT_COMPARABLE}) or Red, as {@code missing} says.
     *
     * @param greenTolerance  how far short of the target is still Green, not null ({@link Tolerances#none()}
     *     for Green only at or better than the target)
     * @param tolerance  how far short of the target is Amber regardless of the direction of travel, not null
     * @param edges  which colour a value exactly on each end gets, not null
     * @param comparedWith  the earlier outturn to compare with, not null
     * @param missing  what a missing earlier outturn means, not null
     * @return the strategy, not null
     * @throws IllegalArgumentException if the green tolerance exceeds a tolerance of the same kind
     */
    public static RagStrategy amberIfImproved(Tolerance greenTolerance, Tolerance tolerance, Edges edges,
            ComparedWith comparedWith, MissingComparison missing) {
        return new ToleranceStrategy(Objects.requireNonNull(greenTolerance, "greenTolerance"),
                Objects.requireNonNull(tolerance, "tolerance"), Objects.requireNonNull(edges, "edges"),
                Objects.requireNonNull(comparedWith, "comparedWith"), Objects.requireNonNull(missing, "missing"));
    }

    /**
     * Returns the floor-standard strategy with the default edges: <i>Green = target achieved; Amber = floor
     * standard achieved but target not met; Red = floor standard not achieved</i>, for targets made with
     * {@link Target#withFloor(BigDecimal, BigDecimal)}. A value on the target is Green, a value on the floor
     * Amber.
     *
     * @return the strategy, not null
     */
    public static RagStrategy floor() {
        return floor(Edges.rangeOfAcceptablePerformance());
    }

    /**
     * Returns the floor-standard strategy with the given edges: the green edge is the target, the red edge
     * the floor (when inclusive, a value on the floor is Red). A floor better than the target under the
     * indicator's polarity gives {@link UnratedReason#NOT_COMPARABLE}.
     *
     * @param edges  the edges, not null
     * @return the strategy, not null
     */
    public static RagStrategy floor(Edges edges) {
        return new FloorStrategy(Objects.requireNonNull(edges, "edges"));
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
        return new ThresholdsStrategy(Objects.requireNonNull(edges, "edges"));
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
        return new BandStrategy(Objects.requireNonNull(amberMargin, "amberMargin"), Objects.requireNonNull(edges, "edges"));
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
        return new BenchmarkStrategy(Objects.requireNonNull(tolerance, "tolerance"), Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Returns the strategy that never rates: every outturn is unrated with {@link UnratedReason#NO_TARGET}
     * and the target's wording.
     *
     * @return the strategy, not null
     */
    public static RagStrategy noTarget() {
        return NoTargetStrategy.INSTANCE;
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
        return new FirstApplicableStrategy(copy(strategies));
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
        return new WorstOfStrategy(copy(strategies));
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
        return new WithBlueStrategy(Objects.requireNonNull(strategy, "strategy"), Objects.requireNonNull(margin, "margin"));
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
     * Rates a value against a reference, exactly: Green while the shortfall is inside the green tolerance,
     * Red once it reaches the tolerance, Amber between; each edge as the edges say. The shortfall is
     * compared with each allowance by {@link Tolerances#compareShortfall}, which for the built-in
     * tolerances builds neither.
     */
    static Rag rate(Polarity polarity, BigDecimal value, BigDecimal reference, Tolerance greenTolerance,
            Tolerance tolerance, Edges edges) {
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        if (edges.isGreen(-Tolerances.compareShortfall(greenTolerance, higher, value, reference))) {
            return Rag.GREEN;
        }
        return edges.isRed(Tolerances.compareShortfall(tolerance, higher, value, reference)) ? Rag.RED : Rag.AMBER;
    }

    /**
     * Rates a value as {@link #rate(Polarity, BigDecimal, BigDecimal, Tolerance, Tolerance, Edges)} does, given
     * the green and red edges the two tolerances put beside the reference ({@link Tolerances#edge}).
     */
    static Rag rateByEdges(boolean higher, BigDecimal value, BigDecimal greenEdge, BigDecimal redEdge, Edges edges) {
        if (edges.isGreen(-Tolerances.compareWithEdge(higher, value, greenEdge))) {
            return Rag.GREEN;
        }
        return edges.isRed(Tolerances.compareWithEdge(higher, value, redEdge)) ? Rag.RED : Rag.AMBER;
    }

    /**
     * Rates a value against a green edge (a threshold or a target) and a red edge (a threshold or a floor),
     * exactly: Green at or better than the green edge, Red beyond the red edge, Amber between; each edge as
     * the edges say. Thresholds and floor standards share this rule.
     */
    static Rag rateBetween(Polarity polarity, BigDecimal value, BigDecimal green, BigDecimal red, Edges edges) {
        if (edges.isGreen(polarity.compareBetter(value, green))) {
            return Rag.GREEN;
        }
        return edges.isRed(-polarity.compareBetter(value, red)) ? Rag.RED : Rag.AMBER;
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
                    "the " + strategy + " strategy needs a higher- or lower-is-better indicator; this one is "
                            + indicator.polarity().displayName());
        }
        return null;
    }

    /** Reads the edges of a complete spec. */
    static Edges edges(StrategySpec spec) {
        return Edges.of(spec.text("greenEdge").equals("inclusive"), spec.text("redEdge").equals("inclusive"));
    }

    /** Returns the edge parameters of some edges. */
    static Map<String, Object> edgeValues(Edges edges) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("greenEdge", edges.isGreenInclusive() ? "inclusive" : "exclusive");
        values.put("redEdge", edges.isRedInclusive() ? "inclusive" : "exclusive");
        return values;
    }

    /** The spec of a composite: present when every nested strategy describes itself. */
    static Optional<StrategySpec> compositeSpec(String name, List<RagStrategy> strategies) {
        List<StrategySpec> specs = new ArrayList<>();
        for (RagStrategy strategy : strategies) {
            Optional<StrategySpec> spec = strategy.spec();
            if (spec.isEmpty()) {
                return Optional.empty();
            }
            specs.add(spec.get());
        }
        return Optional.of(StrategySpec.of(name, Map.of("strategies", specs)));
    }
}
