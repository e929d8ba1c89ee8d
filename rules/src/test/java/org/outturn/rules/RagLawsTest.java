package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;

/**
 * Randomised laws of the built-in {@link RagStrategies}: monotone in the outturn (with and without
 * Blue), symmetric under mirroring, Green on the target under the seed rule, blind to the scale of
 * a decimal, and never throwing for data.
 *
 * <p>Every repetition draws a strategy (tolerance, with or without a green tolerance, amber if improved on
 * last year, floor, thresholds, band or benchmark) with a tolerance
 * (relative, including 0% and 100%, absolute, including 0, or none), edges (all four
 * {@link Edges#of(boolean, boolean)}), a target of positive, zero or negative numbers at random
 * scales, a polarity, and values that often sit exactly on a landmark (a target, a threshold, a
 * band's bound, the end of a tolerance, last year's value) so that every edge is exercised. A rule that
 * compares with last year is given the same comparison value for every value it rates. Instancio seeds each
 * repetition; a failing repetition logs {@code Test method '...' failed with seed: N}, and
 * {@code @Seed(N)} on the method replays it.
 */
@ExtendWith(InstancioExtension.class)
final class RagLawsTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024/25");
    private static final BenchmarkGroup ENGLAND = BenchmarkGroup.ENGLAND;

    private enum Kind {
        TOLERANCE, GREEN_TOLERANCE, AMBER_IF_IMPROVED, FLOOR, THRESHOLDS, BAND, BENCHMARK
    }

    /**
     * A strategy with the target it is meant for. The benchmark's value (England's, for the year) is
     * null unless the kind is {@code BENCHMARK}.
     */
    private record Case(Kind kind, RagStrategy strategy, Target target, Polarity polarity, BigDecimal benchmark,
            List<BigDecimal> landmarks, BigDecimal previous) {

        Case(Kind kind, RagStrategy strategy, Target target, Polarity polarity, BigDecimal benchmark,
                List<BigDecimal> landmarks) {
            this(kind, strategy, target, polarity, benchmark, landmarks, null);
        }

        Indicator indicator() {
            return RagLawsTest.indicator(polarity, benchmark);
        }

        Assessment assess(BigDecimal value) {
            return assess(strategy, value);
        }

        /**
         * Rates a value through a policy; with an earlier outturn (the same comparison value for every
         * value rated), through the strategy with that history.
         */
        Assessment assess(RagStrategy other, BigDecimal value) {
            Outturn outturn = Outturn.of(YEAR, value);
            if (previous == null) {
                return RagPolicy.of("laws", other).assess(indicator(), target, outturn);
            }
            OutturnHistory history = OutturnHistory.of(List.of(Outturn.of(YEAR.minusYears(1), previous), outturn));
            return other.assess(StrategyContext.of(indicator(), target, outturn, value, history));
        }

        /** The same case with every number negated and the polarity reversed. */
        Case mirrored() {
            Target negated;
            if (target instanceof Target.Single single) {
                negated = Target.single(single.value().negate());
            } else if (target instanceof Target.Thresholds thresholds) {
                negated = Target.thresholds(thresholds.green().negate(), thresholds.red().negate());
            } else if (target instanceof Target.Band band) {
                negated = Target.band(band.highInclusive().negate(), band.lowInclusive().negate());
            } else if (target instanceof Target.WithFloor floor) {
                negated = Target.withFloor(floor.value().negate(), floor.floor().negate());
            } else {
                negated = target;
            }
            return new Case(kind, strategy, negated, polarity.reversed(),
                    benchmark == null ? null : benchmark.negate(),
                    landmarks.stream().map(BigDecimal::negate).toList(), previous == null ? null : previous.negate());
        }

        @Override
        public String toString() {
            return strategy + " " + target + " " + polarity + (benchmark == null ? "" : " England " + benchmark)
                    + (previous == null ? "" : " last year " + previous);
        }
    }

    // ---------------------------------------------------------------- generators

    private static int between(int min, int max) {
        return Instancio.gen().ints().range(min, max).get();
    }

    private static BigDecimal decimal(String min, String max) {
        return Instancio.gen().math().bigDecimal().min(new BigDecimal(min)).max(new BigDecimal(max))
                .scale(between(0, 3)).get();
    }

    /** A target's number: often zero, often small, sometimes negative. */
    private static BigDecimal number() {
        switch (between(0, 4)) {
            case 0:
                return BigDecimal.ZERO.setScale(between(0, 2));
            case 1:
                return decimal("0", "100");
            case 2:
                return decimal("-100", "0");
            default:
                return decimal("-5000", "5000");
        }
    }

    private static Tolerance tolerance() {
        switch (between(0, 6)) {
            case 0:
                return Tolerances.relative(BigDecimal.ZERO);
            case 1:
                return Tolerances.relative(new BigDecimal("100"));
            case 2:
                return Tolerances.relative(decimal("0", "25"));
            case 3:
                return Tolerances.absolute(BigDecimal.ZERO);
            case 4:
                return Tolerances.absolute(decimal("0", "10"));
            default:
                return Tolerances.none();
        }
    }

    private static Edges edges() {
        return Edges.of(Instancio.gen().booleans().get(), Instancio.gen().booleans().get());
    }

    private static Polarity directional() {
        return Instancio.gen().oneOf(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER).get();
    }

    private static Indicator indicator(Polarity polarity, BigDecimal benchmark) {
        Indicator.Builder builder = Indicator.builder().code("LAW_01").title("A randomised indicator")
                .unit(Unit.percentage(2)).polarity(polarity).frequency(Frequency.ANNUAL);
        if (benchmark != null) {
            builder.addBenchmarks(Benchmark.of(ENGLAND, YEAR, benchmark));
        }
        return builder.build();
    }

    private static Case randomCase(boolean withinBandToo) {
        return randomCase(Instancio.gen().oneOf(Kind.values()).get(), withinBandToo, edges());
    }

    /**
     * A case of the given kind. A band case gets {@link Polarity#WITHIN_BAND} a third of the time
     * when {@code withinBandToo}; other kinds always get a directional polarity.
     */
    private static Case randomCase(Kind kind, boolean withinBandToo, Edges edges) {
        Polarity polarity = kind == Kind.BAND && withinBandToo && between(0, 3) == 0
                ? Polarity.WITHIN_BAND : directional();
        Tolerance tolerance = tolerance();
        List<BigDecimal> landmarks = new ArrayList<>();
        switch (kind) {
            case TOLERANCE: {
                BigDecimal target = number();
                landmarks(landmarks, target, tolerance);
                return new Case(kind, RagStrategies.tolerance(tolerance, edges), Target.single(target), polarity,
                        null, landmarks);
            }
            case GREEN_TOLERANCE:
            case AMBER_IF_IMPROVED: {
                BigDecimal target = number();
                Tolerance green = tolerance();
                Integer order = Tolerances.compareSameKind(green, tolerance);
                if (order != null && order > 0) {
                    Tolerance swap = green;
                    green = tolerance;
                    tolerance = swap;
                }
                landmarks(landmarks, target, tolerance);
                landmarks(landmarks, target, green);
                if (kind == Kind.GREEN_TOLERANCE) {
                    return new Case(kind, RagStrategies.tolerance(green, tolerance, edges), Target.single(target),
                            polarity, null, landmarks);
                }
                BigDecimal previous = Instancio.gen().oneOf(landmarks).get().add(decimal("-3", "3"));
                landmarks.add(previous);
                RagStrategy strategy = RagStrategies.amberIfImproved(green, tolerance, edges, ComparedWith.PREVIOUS_YEAR,
                        Instancio.gen().oneOf(MissingComparison.values()).get());
                return new Case(kind, strategy, Target.single(target), polarity, null, landmarks, previous);
            }
            case FLOOR: {
                BigDecimal a = number();
                BigDecimal b = between(0, 4) == 0 ? a : number();
                boolean aBetter = polarity.compareBetter(a, b) >= 0;
                BigDecimal value = aBetter ? a : b;
                BigDecimal floor = aBetter ? b : a;
                landmarks.add(value);
                landmarks.add(floor);
                RagStrategy strategy = between(0, 3) == 0 ? RagStrategies.floor() : RagStrategies.floor(edges);
                return new Case(kind, strategy, Target.withFloor(value, floor), polarity, null, landmarks);
            }
            case BENCHMARK: {
                BigDecimal benchmark = number();
                landmarks(landmarks, benchmark, tolerance);
                return new Case(kind, RagStrategies.relativeToBenchmark(tolerance, edges), Target.relativeTo(ENGLAND),
                        polarity, benchmark, landmarks);
            }
            case THRESHOLDS: {
                BigDecimal a = number();
                BigDecimal b = between(0, 4) == 0 ? a : number();
                // The green threshold is at least as good as the red one, as an indicator requires.
                boolean aBetter = polarity.compareBetter(a, b) >= 0;
                BigDecimal green = aBetter ? a : b;
                BigDecimal red = aBetter ? b : a;
                landmarks.add(green);
                landmarks.add(red);
                RagStrategy strategy = between(0, 3) == 0 ? RagStrategies.thresholds()
                        : RagStrategies.thresholds(edges);
                return new Case(kind, strategy, Target.thresholds(green, red), polarity, null, landmarks);
            }
            default: {
                BigDecimal a = number();
                BigDecimal b = between(0, 4) == 0 ? a : number();
                BigDecimal low = a.min(b);
                BigDecimal high = a.max(b);
                landmarks(landmarks, low, tolerance);
                landmarks(landmarks, high, tolerance);
                return new Case(kind, RagStrategies.band(tolerance, edges), Target.band(low, high), polarity, null,
                        landmarks);
            }
        }
    }

    private static void landmarks(List<BigDecimal> landmarks, BigDecimal reference, Tolerance tolerance) {
        BigDecimal allowance = tolerance.allowance(reference);
        landmarks.add(reference);
        landmarks.add(reference.add(allowance));
        landmarks.add(reference.subtract(allowance));
    }

    /** A value: half the time exactly on a landmark, else near one, else anywhere. */
    private static BigDecimal value(Case c) {
        BigDecimal landmark = Instancio.gen().oneOf(c.landmarks()).get();
        switch (between(0, 4)) {
            case 0:
            case 1:
                return landmark;
            case 2:
                return landmark.add(decimal("-3", "3"));
            default:
                return decimal("-6000", "6000");
        }
    }

    private static List<BigDecimal> values(Case c, int count) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(value(c));
        }
        return values;
    }

    private static Rag rag(Assessment assessment) {
        assertThat(assessment.rating().isRated()).as("rated: %s", assessment).isTrue();
        return assessment.rag().orElseThrow();
    }

    private static BigDecimal withTrailingZeros(BigDecimal value) {
        return value.setScale(Math.max(value.scale(), 0) + between(1, 4));
    }

    // ---------------------------------------------------------------- law 1: monotonicity

    /** Rates values from worst to best: the colours must never get worse. */
    private static void assertMonotone(Case c, RagStrategy strategy, List<BigDecimal> values) {
        Comparator<BigDecimal> worseFirst = c.polarity()::compareBetter;
        List<BigDecimal> sorted = values.stream().sorted(worseFirst).toList();
        Rag previous = null;
        BigDecimal previousValue = null;
        for (BigDecimal value : sorted) {
            Rag rag = rag(c.assess(strategy, value));
            if (previous != null) {
                assertThat(rag.compareTo(previous))
                        .as("%s: %s rated %s is better than %s rated %s", c, value, rag, previousValue, previous)
                        .isGreaterThanOrEqualTo(0);
            }
            previous = rag;
            previousValue = value;
        }
    }

    @RepeatedTest(100)
    void assess_betterValue_neverWorseColour() {
        for (int i = 0; i < 3; i++) {
            Case c = randomCase(false);
            assertMonotone(c, c.strategy(), values(c, 12));
        }
    }

    @RepeatedTest(100)
    void assess_betterValueWithBlue_neverWorseColour() {
        for (int i = 0; i < 3; i++) {
            Case c = randomCase(false);
            assertMonotone(c, RagStrategies.withBlue(c.strategy(), tolerance()), values(c, 12));
        }
    }

    /**
     * The case the monotonicity law found: Blue inside a band was measured from the nearest bound, so
     * 20 in the band 0 - 100 was Blue and 90 only Green.
     */
    @Test
    void assess_bandWithBlue_measuredFromBetterBound() {
        RagStrategy blue = RagStrategies.withBlue(RagStrategies.band(Tolerances.none()),
                Tolerances.absolute(BigDecimal.TEN));
        Case higher = new Case(Kind.BAND, blue, Target.band(BigDecimal.ZERO, new BigDecimal("100")),
                Polarity.HIGHER_IS_BETTER, null, List.of());
        assertThat(rag(higher.assess(new BigDecimal("20")))).isEqualTo(Rag.GREEN);
        assertThat(rag(higher.assess(new BigDecimal("90")))).isEqualTo(Rag.GREEN);
        assertThat(rag(higher.assess(new BigDecimal("109.9")))).isEqualTo(Rag.GREEN);
        assertThat(rag(higher.assess(new BigDecimal("110")))).isEqualTo(Rag.BLUE);
        Case lower = higher.mirrored();
        assertThat(rag(lower.assess(new BigDecimal("-20")))).isEqualTo(Rag.GREEN);
        assertThat(rag(lower.assess(new BigDecimal("-110")))).isEqualTo(Rag.BLUE);
    }

    // ---------------------------------------------------------------- law 2: mirroring

    @RepeatedTest(100)
    void assess_negatedAndReversed_sameColour() {
        Case c = randomCase(true);
        Case mirror = c.mirrored();
        Tolerance blueMargin = tolerance();
        for (BigDecimal value : values(c, 6)) {
            assertThat(mirror.assess(value.negate()).rating()).as("%s at %s, mirrored as %s", c, value, mirror)
                    .isEqualTo(c.assess(value).rating());
            assertThat(mirror.assess(RagStrategies.withBlue(mirror.strategy(), blueMargin), value.negate()).rag())
                    .as("with Blue: %s at %s, mirrored as %s", c, value, mirror)
                    .isEqualTo(c.assess(RagStrategies.withBlue(c.strategy(), blueMargin), value).rag());
        }
    }

    // ---------------------------------------------------------------- law 3: on the target

    @RepeatedTest(100)
    void assess_valueOnTargetUnderSeedRule_green() {
        Kind kind = Instancio.gen().oneOf(Kind.values()).get();
        Case c = randomCase(kind, true, Edges.standard());
        BigDecimal onTarget;
        if (c.target() instanceof Target.Single single) {
            onTarget = single.value();
        } else if (c.target() instanceof Target.WithFloor floor) {
            c = new Case(kind, RagStrategies.floor(), c.target(), c.polarity(), null, c.landmarks());
            onTarget = floor.value();
        } else if (c.target() instanceof Target.Thresholds thresholds) {
            c = new Case(kind, RagStrategies.thresholds(), c.target(), c.polarity(), null, c.landmarks());
            onTarget = thresholds.green();
        } else if (c.target() instanceof Target.Band band) {
            onTarget = Instancio.gen().oneOf(band.lowInclusive(), band.highInclusive()).get();
        } else {
            onTarget = c.benchmark();
        }
        assertThat(rag(c.assess(onTarget))).as("%s at %s", c, onTarget).isEqualTo(Rag.GREEN);
        assertThat(rag(c.assess(withTrailingZeros(onTarget)))).as("%s at %s", c, onTarget).isEqualTo(Rag.GREEN);
    }

    @RepeatedTest(50)
    void assess_valueOnTargetWithExclusiveGreenEdge_notGreen() {
        Kind kind = Instancio.gen().oneOf(Kind.TOLERANCE, Kind.THRESHOLDS, Kind.BENCHMARK).get();
        Case c = randomCase(kind, false, Edges.of(false, Instancio.gen().booleans().get()));
        BigDecimal onTarget = c.target() instanceof Target.Single single ? single.value()
                : c.target() instanceof Target.Thresholds thresholds ? thresholds.green() : c.benchmark();
        if (c.strategy().equals(RagStrategies.thresholds())) {
            return; // the default thresholds strategy has an inclusive green edge
        }
        assertThat(rag(c.assess(onTarget))).as("%s at %s", c, onTarget).isIn(Rag.AMBER, Rag.RED);
    }

    // ---------------------------------------------------------------- law 4: scale

    @RepeatedTest(100)
    void assess_trailingZeros_sameColour() {
        Case c = randomCase(true);
        for (BigDecimal value : values(c, 6)) {
            BigDecimal padded = withTrailingZeros(value);
            assertThat(c.assess(padded).rating()).as("%s at %s and %s", c, value, padded)
                    .isEqualTo(c.assess(value).rating());
        }
    }

    // ---------------------------------------------------------------- law 5: never throws for data

    /** A target of another kind than the case's. */
    private static Target targetOtherThan(Case c) {
        BigDecimal a = number();
        BigDecimal b = number();
        List<Target> others = new ArrayList<>(List.of(Target.single(a),
                Target.thresholds(a, b), // in either order: a wrong kind is judged before its numbers
                Target.band(a.min(b), a.max(b)), Target.withFloor(a, b),
                Target.relativeTo(Instancio.gen().oneOf(ENGLAND, BenchmarkGroup.LONDON).get())));
        others.removeIf(other -> other.getClass() == c.target().getClass());
        return Instancio.gen().oneOf(others).get();
    }

    @RepeatedTest(100)
    void assess_targetOfWrongKind_notComparable() {
        Case c = randomCase(false);
        Target wrong = targetOtherThan(c);
        Case misfit = new Case(c.kind(), c.strategy(), wrong, c.polarity(), c.benchmark(), c.landmarks(),
                c.previous());
        BigDecimal value = value(c);
        Assessment plain = misfit.assess(value);
        Assessment blue = misfit.assess(RagStrategies.withBlue(c.strategy(), tolerance()), value);
        for (Assessment assessment : List.of(plain, blue)) {
            assertThat(assessment.rating().unratedReason()).as("%s with %s", c, wrong)
                    .contains(UnratedReason.NOT_COMPARABLE);
            assertThat(assessment.explanation()).as("%s with %s", c, wrong).startsWith("Unrated: ");
        }
    }

    @RepeatedTest(50)
    void assess_directionalStrategyForWithinBand_notComparable() {
        Kind kind = Instancio.gen().oneOf(Kind.TOLERANCE, Kind.GREEN_TOLERANCE, Kind.AMBER_IF_IMPROVED, Kind.FLOOR,
                Kind.THRESHOLDS, Kind.BENCHMARK).get();
        Case c = randomCase(kind, false, edges());
        Case withinBand = new Case(kind, c.strategy(), c.target(), Polarity.WITHIN_BAND, c.benchmark(),
                c.landmarks(), c.previous());
        assertThat(withinBand.assess(value(c)).rating().unratedReason()).as("%s", withinBand)
                .contains(UnratedReason.NOT_COMPARABLE);
    }

    @RepeatedTest(100)
    void assess_anything_neverThrows() {
        Case c = randomCase(true);
        Target target = Instancio.gen().oneOf(c.target(), targetOtherThan(c), Target.none("No Target")).get();
        Polarity polarity = Instancio.gen().oneOf(Polarity.values()).get();
        Indicator indicator = indicator(polarity, Instancio.gen().booleans().get() ? c.benchmark() : null);
        Outturn outturn = between(0, 5) == 0 ? Outturn.missing(YEAR, MissingReason.SUPPRESSED, "Data suppressed")
                : Outturn.of(YEAR, value(c));
        RagStrategy strategy = Instancio.gen().oneOf(c.strategy(), RagStrategies.withBlue(c.strategy(), tolerance()),
                RagStrategies.firstApplicable(RagStrategies.tolerance(tolerance()), RagStrategies.thresholds(),
                        RagStrategies.band(tolerance())),
                RagStrategies.worstOf(c.strategy(), RagStrategies.band(tolerance())), RagStrategies.noTarget()).get();
        assertThatCode(() -> {
            Assessment assessment = RagPolicy.of("laws", strategy).assess(indicator, target, outturn);
            assertThat(assessment.explanation()).isNotBlank();
            Optional<Rag> rag = assessment.rag();
            assertThat(rag.isPresent()).isEqualTo(assessment.rating().isRated());
        }).as("%s with %s, %s, %s", strategy, target, polarity, outturn).doesNotThrowAnyException();
    }
}
