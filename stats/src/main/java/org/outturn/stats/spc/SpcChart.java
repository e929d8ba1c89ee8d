package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outturn.core.Polarity;
import org.outturn.core.Target;

/**
 * An SPC chart of a series in the NHS England "Making Data Count" style: its phases, each point's
 * plotted statistic and {@linkplain SpcLimits lines}, each point's signals and variation, and the
 * assurance of the latest phase against a target. One shape serves every {@link ChartType}.
 *
 * <pre>{@code
 * SpcChart chart = SpcChart.of(ChartType.XMR, observations, Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
 *         SpcSetup.none());
 * chart.variation();                      // of the latest point, such as SPECIAL_CAUSE_IMPROVING
 * chart.assurance(Target.single(new BigDecimal("90")));
 * }</pre>
 *
 * <h2>XmR</h2>
 * With x̄ the mean of the phase's calculation values and MR̄ the mean of their moving ranges
 * |x<sub>i</sub> − x<sub>i−1</sub>|: process limits x̄ ± 2.66 × MR̄ (2.66 = 3 / d<sub>2</sub>,
 * d<sub>2</sub> = 1.128 for ranges of two; Wheeler, <i>Understanding Variation</i>; NHS England,
 * "Making Data Count"); sigma = 2.66 × MR̄ / 3, so the two-sigma lines x̄ ± 2 × sigma and the
 * one-sigma lines x̄ ± sigma sit at two thirds and one third of the way to the limits. The lines are
 * exactly symmetric about the mean. Moving ranges are taken between consecutive calculation values of
 * a phase: an excluded point is skipped (the moving range joins its neighbours), a gap is not (no
 * moving range reaches across a missing value). With screening on, moving ranges above 3.267 × MR̄
 * (the upper range limit, D<sub>4</sub> = 3.267 for ranges of two) are left out and MR̄ computed
 * again, once. The plotted statistic is the observation's value.
 *
 * <h2>p and u (Montgomery, <i>Introduction to Statistical Quality Control</i>, 7.2 and 7.3.1;
 * Provost and Murray, <i>The Health Care Data Guide</i>, chapter 5)</h2>
 * Each point has a numerator n<sub>i</sub> and a denominator d<sub>i</sub> (an {@link Observation}
 * with both; bad data are an {@link IllegalArgumentException} naming the point). The plotted
 * statistic is m × n<sub>i</sub> / d<sub>i</sub>, m the setup's {@linkplain SpcSetup#multiplier()
 * multiplier} (1 by default: proportions from 0 to 1, rates per unit of the denominator; 100 for
 * percentages). The centre is the pooled ratio p̄ = Σn / Σd of the phase's calculation points (ū for
 * u); each point's sigma is σ<sub>i</sub> = √(p̄(1 − p̄) / d<sub>i</sub>) for p (binomial) and
 * σ<sub>i</sub> = √(ū / d<sub>i</sub>) for u (Poisson), so the lines p̄ ± σ<sub>i</sub>,
 * ± 2σ<sub>i</sub> and ± 3σ<sub>i</sub> (all times m) vary with the denominator. Lines are truncated
 * where the statistic cannot go: at 0, and for p also at m (a proportion of 1). A p chart's numerator
 * may not exceed its denominator. When p̄ is 0 or 1 (ū is 0) the lines collapse onto the centre.
 *
 * <h2>p′ and u′ (Laney, "Improved control charts for attributes", <i>Quality Engineering</i> 14(4),
 * 2002)</h2>
 * As p and u, with each point's sigma widened for variation between periods (over-dispersion): the
 * z-scores z<sub>i</sub> = (p<sub>i</sub> − p̄) / σ<sub>i</sub> of the calculation points, their mean
 * moving range MR̄<sub>z</sub> (as XmR takes it: across excluded points, never across a gap, screened
 * when the rule set screens), σ<sub>z</sub> = MR̄<sub>z</sub> / 1.128, and the lines p̄ ± k ×
 * σ<sub>i</sub> × σ<sub>z</sub>, truncated as for p and u. The phase's mean moving range and each
 * point's moving range are of the z-scores.
 *
 * <h2>c (Montgomery 7.3.1)</h2>
 * Counts in equal areas of opportunity, plotted as they are: centre c̄, the mean of the calculation
 * values; sigma √c̄; lines c̄ ± k√c̄, truncated at 0. Counts may not be negative.
 *
 * <h2>g (Benneyan, "Number-between g-type statistical quality control charts for monitoring adverse
 * events", <i>Health Care Management Science</i> 4, 2001; PowerBI-SPC)</h2>
 * The opportunities (cases, days) between rare events, plotted as they are. As PowerBI-SPC does, the
 * lines come from the mean ḡ of the calculation values with the geometric sigma √(ḡ(ḡ + 1)), upper
 * lines ḡ + kσ, lower lines ḡ − kσ truncated at 0 (so always 0), while the centre line, against which
 * runs are judged, is the median of the calculation values (the distribution is skewed). So on a g
 * chart the lines are not symmetric about the centre.
 *
 * <h2>t (Provost and Murray, chapter 7; PowerBI-SPC)</h2>
 * The time between rare events, plotted as it is. The values are transformed by y = t<sup>1/3.6</sup>
 * (Nelson's transformation of exponential times to near normal), the XmR chart is computed on y, and
 * every line is transformed back by y<sup>3.6</sup>, a line at or below 0 becoming 0. The phase's mean
 * moving range, each point's moving range and the lines' {@linkplain SpcLimits#sigma() sigma} are of
 * y. Powers are computed in decimal by Newton's method and rounded to 16 significant digits. Times
 * may not be negative.
 *
 * <h2>Every chart</h2>
 * <p>Sums and products are exact; a division is rounded to 16 significant digits
 * ({@link java.math.MathContext#DECIMAL64}).
 *
 * <p>A phase with fewer calculation values than the rule set's minimum has no limits; its points have
 * no variation and it gives no assurance ("not enough data"): never limits from noise. The rules and
 * how they treat gaps, ties and phases follow {@link RuleSet}, applied to each point's own lines.
 *
 * <p>A point's variation: common cause when no rule fired; otherwise, for higher is better, a
 * {@link Side#HIGH} signal is improving and a {@link Side#LOW} one concerning (reversed for lower is
 * better), with the rule set's {@linkplain RuleSet#conflict() conflict rule} deciding when both sides
 * fired; for a band or no polarity every special cause is neutral. Its {@link VariationIcon} takes the
 * side of the winning signals (for a neutral point with signals on both sides, the side of the centre
 * line the point is on, high when on it).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpcChart {

    private final ChartType type;
    private final Polarity polarity;
    private final RuleSet ruleSet;
    private final SpcSetup setup;
    private final List<SpcPhase> phases;
    private final List<SpcPoint> points;

    private SpcChart(ChartType type, Polarity polarity, RuleSet ruleSet, SpcSetup setup, List<SpcPhase> phases,
            List<SpcPoint> points) {
        this.type = type;
        this.polarity = polarity;
        this.ruleSet = ruleSet;
        this.setup = setup;
        this.phases = List.copyOf(phases);
        this.points = List.copyOf(points);
    }

    /**
     * Returns the XmR chart of a series under the default rule set with one phase.
     *
     * @param observations  the series in time order, gaps included, not null
     * @param polarity  which way is better, not null
     * @return the chart, not null
     */
    public static SpcChart of(List<Observation> observations, Polarity polarity) {
        return of(ChartType.XMR, observations, polarity, RuleSet.standard(), SpcSetup.none());
    }

    /**
     * Returns the chart of a series.
     *
     * @param type  the kind of chart, not null
     * @param observations  the series in time order, gaps included, not null
     * @param polarity  which way is better, not null
     * @param ruleSet  the rules, not null
     * @param setup  the phases, baselines and excluded points, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the setup names a point beyond the series, as in {@code Invalid
     *     value for recalculation point (valid values 1 - 11): 12}, or a point's data break the chart's
     *     rules, naming the point, the value and the rule, as in {@code Invalid value for numerator of
     *     Apr-2024 (at most the denominator 50 on a p chart): 51}
     */
    public static SpcChart of(ChartType type, List<Observation> observations, Polarity polarity, RuleSet ruleSet,
            SpcSetup setup) {
        Objects.requireNonNull(type, "type");
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
        ChartMethod method = ChartMethod.of(type);
        List<Optional<BigDecimal>> plotted = new ArrayList<>();
        for (Observation observation : series) {
            plotted.add(method.statistic(observation, setup));
        }
        List<SpcPhase> phases = new ArrayList<>();
        List<SpcPoint> points = new ArrayList<>();
        List<Map.Entry<Integer, Integer>> starts = new ArrayList<>(setup.phases().entrySet());
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p).getKey();
            int end = p + 1 < starts.size() ? starts.get(p + 1).getKey() : size;
            int baseline = starts.get(p).getValue();
            List<Integer> calculation = new ArrayList<>();
            for (int i = start; i < end && (baseline == 0 || calculation.size() < baseline); i++) {
                if (plotted.get(i).isPresent() && !setup.excluded().contains(i)) {
                    calculation.add(i);
                }
            }
            ChartMethod.Fit fit = method.fit(new ChartMethod.Input(series, plotted, start, end, baseline,
                    calculation, setup, ruleSet));
            phases.add(fit.phase());
            points.addAll(judge(series, plotted, fit, p, setup, ruleSet, polarity));
        }
        return new SpcChart(type, polarity, ruleSet, setup, phases, points);
    }

    private static List<SpcPoint> judge(List<Observation> series, List<Optional<BigDecimal>> plotted,
            ChartMethod.Fit fit, int phaseIndex, SpcSetup setup, RuleSet ruleSet, Polarity polarity) {
        SpcPhase phase = fit.phase();
        int start = phase.startInclusive();
        int count = phase.endExclusive() - start;
        List<Set<Signal>> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signals.add(new LinkedHashSet<>());
        }
        if (phase.hasLimits()) {
            int segmentStart = 0;
            for (int i = 0; i <= count; i++) {
                if (i == count || fit.limits().get(i).isEmpty()) {
                    if (i > segmentStart) {
                        List<BigDecimal> segment = new ArrayList<>();
                        List<SpcLimits> lines = new ArrayList<>();
                        for (int j = segmentStart; j < i; j++) {
                            segment.add(plotted.get(start + j).orElseThrow());
                            lines.add(fit.limits().get(j).orElseThrow());
                        }
                        Rules.apply(segment, lines, ruleSet, signals.subList(segmentStart, i));
                    }
                    segmentStart = i + 1;
                }
            }
        }
        List<SpcPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = start + i;
            Optional<BigDecimal> value = plotted.get(index);
            Optional<SpcLimits> limits = fit.limits().get(i);
            List<Signal> fired = new ArrayList<>(signals.get(i));
            fired.sort((a, b) -> a.rule() != b.rule() ? a.rule().compareTo(b.rule()) : a.side().compareTo(b.side()));
            Optional<Variation> variation = Optional.empty();
            Optional<VariationIcon> icon = Optional.empty();
            if (limits.isPresent()) {
                Variation found = variation(fired, polarity, ruleSet.conflict());
                variation = Optional.of(found);
                icon = Optional.of(icon(found, fired, polarity, value.orElseThrow(), limits.get()));
            }
            points.add(new SpcPoint(index, series.get(index).label(), value, limits, fit.movingRanges().get(i),
                    phaseIndex, setup.excluded().contains(index), fired, variation, icon));
        }
        return points;
    }

    private static Set<Side> sides(List<Signal> fired) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Signal signal : fired) {
            sides.add(signal.side());
        }
        return sides;
    }

    private static Variation variation(List<Signal> fired, Polarity polarity, RuleSet.Conflict conflict) {
        if (fired.isEmpty()) {
            return Variation.COMMON_CAUSE;
        }
        if (!polarity.isDirectional()) {
            return Variation.SPECIAL_CAUSE_NEUTRAL;
        }
        Set<Side> sides = sides(fired);
        if (sides.size() == 2) {
            return conflict == RuleSet.Conflict.CONCERN_WINS ? Variation.SPECIAL_CAUSE_CONCERNING
                    : Variation.SPECIAL_CAUSE_IMPROVING;
        }
        return sides.contains(better(polarity)) ? Variation.SPECIAL_CAUSE_IMPROVING
                : Variation.SPECIAL_CAUSE_CONCERNING;
    }

    private static Side better(Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER ? Side.HIGH : Side.LOW;
    }

    private static VariationIcon icon(Variation variation, List<Signal> fired, Polarity polarity, BigDecimal value,
            SpcLimits limits) {
        Side side;
        if (variation == Variation.SPECIAL_CAUSE_IMPROVING) {
            side = better(polarity);
        } else if (variation == Variation.SPECIAL_CAUSE_CONCERNING) {
            side = better(polarity) == Side.HIGH ? Side.LOW : Side.HIGH;
        } else {
            Set<Side> sides = sides(fired);
            side = sides.size() == 1 ? sides.iterator().next()
                    : value.compareTo(limits.centre()) >= 0 ? Side.HIGH : Side.LOW;
        }
        return VariationIcon.of(variation, side);
    }

    /**
     * Returns the kind of chart.
     *
     * @return the chart type, not null
     */
    public ChartType type() {
        return type;
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
    public SpcSetup setup() {
        return setup;
    }

    /**
     * Returns the phases in order.
     *
     * @return the phases, at least one, not null
     */
    public List<SpcPhase> phases() {
        return phases;
    }

    /**
     * Returns every point in order, gaps included.
     *
     * @return the points, not null
     */
    public List<SpcPoint> points() {
        return points;
    }

    /**
     * Returns the latest point with a value.
     *
     * @return the point, empty when the series has no value
     */
    public Optional<SpcPoint> latest() {
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
        return latest().flatMap(SpcPoint::variation);
    }

    /**
     * Returns the variation icon of the latest point with a value.
     *
     * @return the icon, empty when there is no value or its phase has not enough data
     */
    public Optional<VariationIcon> variationIcon() {
        return latest().flatMap(SpcPoint::icon);
    }

    /**
     * Returns the lines against which assurance is judged: those of the latest point of the latest
     * phase that has lines (for XmR, the latest phase's lines; for a chart whose lines vary with the
     * denominator, the latest point's, as PowerBI-SPC judges assurance).
     *
     * @return the lines, empty when the latest phase has not enough data
     */
    public Optional<SpcLimits> latestLimits() {
        SpcPhase phase = phases.get(phases.size() - 1);
        for (int i = phase.endExclusive() - 1; i >= phase.startInclusive(); i--) {
            if (points.get(i).limits().isPresent()) {
                return points.get(i).limits();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the assurance of the latest phase against a target, as described on {@link Assurance},
     * judged on the {@linkplain #latestLimits() latest lines}.
     * A single target and a target with a floor are judged on their value, two thresholds on the
     * Green one, a band on both its ends (inclusive).
     *
     * @param target  the target, not null
     * @return the assurance, empty when the latest phase has no limits, the polarity is none, or the
     *     target is none or relative to a benchmark
     */
    public Optional<Assurance> assurance(Target target) {
        Objects.requireNonNull(target, "target");
        Optional<SpcLimits> limits = latestLimits();
        if (limits.isEmpty() || polarity == Polarity.NONE) {
            return Optional.empty();
        }
        BigDecimal lower = limits.get().lowerProcess();
        BigDecimal upper = limits.get().upperProcess();
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
        return "SpcChart[" + type.code() + ", " + points.size() + " points, " + phases.size() + " phases, " + ruleSet.name() + "]";
    }
}
