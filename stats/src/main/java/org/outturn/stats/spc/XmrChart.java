package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outturn.core.Polarity;
import org.outturn.core.Target;

/**
 * An XmR (individuals and moving range) chart of a series in the NHS England "Making Data Count"
 * style: its phases and their {@linkplain XmrLimits limits}, each point's signals and variation, and
 * the assurance of the latest phase against a target.
 *
 * <pre>{@code
 * XmrChart chart = XmrChart.of(observations, Polarity.HIGHER_IS_BETTER, RuleSet.standard(), XmrSetup.none());
 * chart.variation();                      // of the latest point, such as SPECIAL_CAUSE_IMPROVING
 * chart.assurance(Target.single(new BigDecimal("90")));
 * }</pre>
 *
 * <p>Limits follow {@link XmrLimits}; the rules and how they treat gaps, ties and phases follow
 * {@link RuleSet}. Moving ranges are taken between consecutive calculation values of a phase: an
 * excluded point is skipped (the moving range joins its neighbours), a gap is not (no moving range
 * reaches across a missing value). With screening on, moving ranges above 3.267 × MR̄ (the upper range
 * limit, D<sub>4</sub> = 3.267 for ranges of two) are left out and MR̄ computed again, once.
 *
 * <p>A phase with fewer calculation values than the rule set's minimum has no limits; its points have
 * no variation and it gives no assurance ("not enough data"): never limits from noise.
 *
 * <p>A point's variation: common cause when no rule fired; otherwise, for higher is better, a
 * {@link Side#HIGH} signal is improving and a {@link Side#LOW} one concerning (reversed for lower is
 * better), with the rule set's {@linkplain RuleSet#conflict() conflict rule} deciding when both sides
 * fired; for a band or no polarity every special cause is neutral.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrChart {

    /** The XmR constant 3 / d<sub>2</sub>, d<sub>2</sub> = 1.128. */
    static final BigDecimal E2 = new BigDecimal("2.66");
    /** The upper range limit factor D<sub>4</sub> for moving ranges of two. */
    static final BigDecimal D4 = new BigDecimal("3.267");
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final MathContext CONTEXT = MathContext.DECIMAL64;

    private final Polarity polarity;
    private final RuleSet ruleSet;
    private final XmrSetup setup;
    private final List<XmrPhase> phases;
    private final List<XmrPoint> points;

    private XmrChart(Polarity polarity, RuleSet ruleSet, XmrSetup setup, List<XmrPhase> phases,
            List<XmrPoint> points) {
        this.polarity = polarity;
        this.ruleSet = ruleSet;
        this.setup = setup;
        this.phases = List.copyOf(phases);
        this.points = List.copyOf(points);
    }

    /**
     * Returns the chart of a series under the default rule set with one phase.
     *
     * @param observations  the series in time order, gaps included, not null
     * @param polarity  which way is better, not null
     * @return the chart, not null
     */
    public static XmrChart of(List<Observation> observations, Polarity polarity) {
        return of(observations, polarity, RuleSet.standard(), XmrSetup.none());
    }

    /**
     * Returns the chart of a series.
     *
     * @param observations  the series in time order, gaps included, not null
     * @param polarity  which way is better, not null
     * @param ruleSet  the rules, not null
     * @param setup  the phases, baselines and excluded points, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the setup names a point beyond the series, as in {@code Invalid
     *     value for recalculation point (valid values 1 - 11): 12}
     */
    public static XmrChart of(List<Observation> observations, Polarity polarity, RuleSet ruleSet, XmrSetup setup) {
        List<Observation> series = List.copyOf(Objects.requireNonNull(observations, "observations"));
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(setup, "setup");
        int size = series.size();
        for (int start : setup.phases().keySet()) {
            if (start > 0 && start >= size) {
                throw new IllegalArgumentException("Invalid value for recalculation point (valid values 1 - "
                        + (size - 1) + "): " + start);
            }
        }
        for (int point : setup.excluded()) {
            if (point >= size) {
                throw new IllegalArgumentException("Invalid value for excluded point (valid values 0 - "
                        + (size - 1) + "): " + point);
            }
        }
        List<XmrPhase> phases = new ArrayList<>();
        List<XmrPoint> points = new ArrayList<>();
        List<Map.Entry<Integer, Integer>> starts = new ArrayList<>(setup.phases().entrySet());
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p).getKey();
            int end = p + 1 < starts.size() ? starts.get(p + 1).getKey() : size;
            int baseline = starts.get(p).getValue();
            XmrPhase phase = phase(series, start, end, baseline, setup, ruleSet);
            phases.add(phase);
            points.addAll(judge(series, phase, p, setup, ruleSet, polarity));
        }
        return new XmrChart(polarity, ruleSet, setup, phases, points);
    }

    private static XmrPhase phase(List<Observation> series, int start, int end, int baseline, XmrSetup setup,
            RuleSet ruleSet) {
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> ranges = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = start; i < end && (baseline == 0 || values.size() < baseline); i++) {
            Optional<BigDecimal> value = series.get(i).value();
            if (value.isEmpty()) {
                previous = null;
                continue;
            }
            if (setup.excluded().contains(i)) {
                continue;
            }
            if (previous != null) {
                ranges.add(value.get().subtract(previous).abs());
            }
            values.add(value.get());
            previous = value.get();
        }
        if (values.size() < ruleSet.minimumPoints() || ranges.isEmpty()) {
            return new XmrPhase(start, end, baseline, values.size(), Optional.empty());
        }
        BigDecimal mean = mean(values);
        BigDecimal meanRange = mean(ranges);
        int screened = 0;
        if (ruleSet.isOutlierScreening()) {
            BigDecimal upperRangeLimit = D4.multiply(meanRange);
            List<BigDecimal> kept = new ArrayList<>();
            for (BigDecimal range : ranges) {
                if (range.compareTo(upperRangeLimit) <= 0) {
                    kept.add(range);
                }
            }
            screened = ranges.size() - kept.size();
            if (screened > 0) {
                meanRange = mean(kept);
                ranges = kept;
            }
        }
        BigDecimal width = E2.multiply(meanRange);
        BigDecimal sigma = width.divide(THREE, CONTEXT);
        BigDecimal twoSigma = sigma.add(sigma);
        XmrLimits limits = new XmrLimits(mean, meanRange, sigma, mean.subtract(width), mean.add(width),
                mean.subtract(twoSigma), mean.add(twoSigma), mean.subtract(sigma), mean.add(sigma), values.size(),
                ranges.size(), screened);
        return new XmrPhase(start, end, baseline, values.size(), Optional.of(limits));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), CONTEXT);
    }

    private static List<XmrPoint> judge(List<Observation> series, XmrPhase phase, int phaseIndex, XmrSetup setup,
            RuleSet ruleSet, Polarity polarity) {
        int start = phase.startInclusive();
        int count = phase.endExclusive() - start;
        List<Set<Signal>> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signals.add(new java.util.LinkedHashSet<>());
        }
        if (phase.limits().isPresent()) {
            XmrLimits limits = phase.limits().get();
            int segmentStart = 0;
            for (int i = 0; i <= count; i++) {
                if (i == count || series.get(start + i).value().isEmpty()) {
                    if (i > segmentStart) {
                        List<BigDecimal> segment = new ArrayList<>();
                        for (int j = segmentStart; j < i; j++) {
                            segment.add(series.get(start + j).value().get());
                        }
                        Rules.apply(segment, limits, ruleSet, signals.subList(segmentStart, i));
                    }
                    segmentStart = i + 1;
                }
            }
        }
        List<XmrPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = start + i;
            Observation observation = series.get(index);
            Optional<BigDecimal> range = Optional.empty();
            if (i > 0 && observation.value().isPresent() && series.get(index - 1).value().isPresent()) {
                range = Optional.of(observation.value().get().subtract(series.get(index - 1).value().get()).abs());
            }
            List<Signal> fired = new ArrayList<>(signals.get(i));
            fired.sort((a, b) -> a.rule() != b.rule() ? a.rule().compareTo(b.rule()) : a.side().compareTo(b.side()));
            Optional<Variation> variation = observation.value().isEmpty() || !phase.hasLimits() ? Optional.empty()
                    : Optional.of(variation(fired, polarity, ruleSet.conflict()));
            points.add(new XmrPoint(index, observation.label(), observation.value(), range, phaseIndex,
                    setup.excluded().contains(index), fired, variation));
        }
        return points;
    }

    private static Variation variation(List<Signal> fired, Polarity polarity, RuleSet.Conflict conflict) {
        if (fired.isEmpty()) {
            return Variation.COMMON_CAUSE;
        }
        if (!polarity.isDirectional()) {
            return Variation.SPECIAL_CAUSE_NEUTRAL;
        }
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Signal signal : fired) {
            sides.add(signal.side());
        }
        if (sides.size() == 2) {
            return conflict == RuleSet.Conflict.CONCERN_WINS ? Variation.SPECIAL_CAUSE_CONCERNING
                    : Variation.SPECIAL_CAUSE_IMPROVING;
        }
        Side better = polarity == Polarity.HIGHER_IS_BETTER ? Side.HIGH : Side.LOW;
        return sides.contains(better) ? Variation.SPECIAL_CAUSE_IMPROVING : Variation.SPECIAL_CAUSE_CONCERNING;
    }

    /**
     * Returns the polarity the chart was read with.
     *
     * @return the polarity, not null
     */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * Returns the rule set.
     *
     * @return the rule set, not null
     */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Returns the setup.
     *
     * @return the setup, not null
     */
    public XmrSetup setup() {
        return setup;
    }

    /**
     * Returns the phases in order.
     *
     * @return the phases, at least one, not null
     */
    public List<XmrPhase> phases() {
        return phases;
    }

    /**
     * Returns every point in order, gaps included.
     *
     * @return the points, not null
     */
    public List<XmrPoint> points() {
        return points;
    }

    /**
     * Returns the latest point with a value.
     *
     * @return the point, empty when the series has no value
     */
    public Optional<XmrPoint> latest() {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).value().isPresent()) {
                return Optional.of(points.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the variation of the latest point with a value, as the variation icon shows it.
     *
     * @return the variation, empty when there is no value or its phase has not enough data
     */
    public Optional<Variation> variation() {
        return latest().flatMap(XmrPoint::variation);
    }

    /**
     * Returns the limits of the latest phase, against which assurance is judged.
     *
     * @return the limits, empty when the latest phase has not enough data
     */
    public Optional<XmrLimits> latestLimits() {
        return phases.get(phases.size() - 1).limits();
    }

    /**
     * Returns the assurance of the latest phase against a target, as described on {@link Assurance}.
     * A single target and a target with a floor are judged on their value, two thresholds on the
     * Green one, a band on both its ends (inclusive).
     *
     * @param target  the target, not null
     * @return the assurance, empty when the latest phase has no limits, the polarity is none, or the
     *     target is none or relative to a benchmark
     */
    public Optional<Assurance> assurance(Target target) {
        Objects.requireNonNull(target, "target");
        Optional<XmrLimits> limits = latestLimits();
        if (limits.isEmpty() || polarity == Polarity.NONE) {
            return Optional.empty();
        }
        BigDecimal lower = limits.get().lowerProcessLimit();
        BigDecimal upper = limits.get().upperProcessLimit();
        if (target instanceof Target.Band band) {
            if (lower.compareTo(band.lowInclusive()) >= 0 && upper.compareTo(band.highInclusive()) <= 0) {
                return Optional.of(Assurance.CONSISTENTLY_PASSES);
            }
            boolean fails = upper.compareTo(band.lowInclusive()) < 0 || lower.compareTo(band.highInclusive()) > 0;
            return Optional.of(fails ? Assurance.CONSISTENTLY_FAILS : Assurance.HIT_AND_MISS);
        }
        BigDecimal value;
        if (target instanceof Target.Single single) {
            value = single.value();
        } else if (target instanceof Target.WithFloor floor) {
            value = floor.value();
        } else if (target instanceof Target.Thresholds thresholds) {
            value = thresholds.green();
        } else {
            return Optional.empty();
        }
        if (!polarity.isDirectional()) {
            return Optional.empty();
        }
        BigDecimal worst = polarity == Polarity.HIGHER_IS_BETTER ? lower : upper;
        BigDecimal best = polarity == Polarity.HIGHER_IS_BETTER ? upper : lower;
        if (polarity.compareBetter(worst, value) >= 0) {
            return Optional.of(Assurance.CONSISTENTLY_PASSES);
        }
        return Optional.of(polarity.compareBetter(best, value) < 0 ? Assurance.CONSISTENTLY_FAILS
                : Assurance.HIT_AND_MISS);
    }

    @Override
    public String toString() {
        return "XmrChart[" + points.size() + " points, " + phases.size() + " phases, " + ruleSet.name() + "]";
    }
}
