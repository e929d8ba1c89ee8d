package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.outturn.rules.Fixtures.d;
import static org.outturn.rules.Fixtures.rate;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;

/** Boundary tables: each edge, just inside and just outside, for both polarities, exact decimals. */
final class RagStrategiesTest {

    private static final Polarity HIGH = Polarity.HIGHER_IS_BETTER;
    private static final Polarity LOW = Polarity.LOWER_IS_BETTER;
    private static final RagStrategy SEED_RULE = RagStrategies.tolerance(Tolerances.relative(d("5")));

    private static Arguments row(RagStrategy strategy, Polarity polarity, Target target, String value, Rag expected) {
        return Arguments.of(strategy, polarity, target, value, expected);
    }

    static Stream<Arguments> toleranceTable() {
        Target t714 = Target.single(d("71.4"));     // 5% allowance 3.570, red edge 67.830
        Target t87 = Target.single(d("8.7"));       // 5% allowance 0.435, red edge 9.135
        Target zero = Target.single(d("0"));
        Target negative = Target.single(d("-0.07")); // 5% allowance 0.0035, red edge -0.0735
        RagStrategy exclusive = RagStrategies.tolerance(Tolerances.relative(d("5")), Edges.of(false, false));
        RagStrategy absolute = RagStrategies.tolerance(Tolerances.absolute(d("1.5")));
        RagStrategy none = RagStrategies.tolerance(Tolerances.none());
        return Stream.of(
                row(SEED_RULE, HIGH, t714, "71.4", Rag.GREEN),
                row(SEED_RULE, HIGH, t714, "71.40", Rag.GREEN),
                row(SEED_RULE, HIGH, t714, "71.41", Rag.GREEN),
                row(SEED_RULE, HIGH, t714, "71.39", Rag.AMBER),
                row(SEED_RULE, HIGH, t714, "67.831", Rag.AMBER),
                row(SEED_RULE, HIGH, t714, "67.83", Rag.RED),
                row(SEED_RULE, HIGH, t714, "67.829", Rag.RED),
                row(SEED_RULE, LOW, t87, "8.7", Rag.GREEN),
                row(SEED_RULE, LOW, t87, "8.69", Rag.GREEN),
                row(SEED_RULE, LOW, t87, "8.71", Rag.AMBER),
                row(SEED_RULE, LOW, t87, "9.134", Rag.AMBER),
                row(SEED_RULE, LOW, t87, "9.135", Rag.RED),
                row(SEED_RULE, LOW, t87, "9.136", Rag.RED),
                row(exclusive, HIGH, t714, "71.4", Rag.AMBER),
                row(exclusive, HIGH, t714, "67.83", Rag.AMBER),
                row(exclusive, HIGH, t714, "67.829", Rag.RED),
                row(exclusive, LOW, t87, "8.7", Rag.AMBER),
                row(exclusive, LOW, t87, "9.135", Rag.AMBER),
                row(exclusive, LOW, t87, "9.1351", Rag.RED),
                row(absolute, HIGH, t714, "69.91", Rag.AMBER),
                row(absolute, HIGH, t714, "69.9", Rag.RED),
                row(absolute, HIGH, t714, "69.89", Rag.RED),
                row(absolute, LOW, t87, "10.19", Rag.AMBER),
                row(absolute, LOW, t87, "10.2", Rag.RED),
                row(none, HIGH, t714, "71.4", Rag.GREEN),
                row(none, HIGH, t714, "71.399", Rag.RED),
                row(none, LOW, t87, "8.7", Rag.GREEN),
                row(none, LOW, t87, "8.701", Rag.RED),
                // A relative tolerance of a zero target allows no shortfall.
                row(SEED_RULE, HIGH, zero, "0", Rag.GREEN),
                row(SEED_RULE, HIGH, zero, "-0.001", Rag.RED),
                row(SEED_RULE, LOW, zero, "0.001", Rag.RED),
                // A relative tolerance of a negative target allows the percentage of its size.
                row(SEED_RULE, HIGH, negative, "-0.07", Rag.GREEN),
                row(SEED_RULE, HIGH, negative, "-0.0734", Rag.AMBER),
                row(SEED_RULE, HIGH, negative, "-0.0735", Rag.RED),
                row(SEED_RULE, LOW, negative, "-0.0665", Rag.RED),
                row(SEED_RULE, LOW, negative, "-0.0666", Rag.AMBER),
                row(SEED_RULE, LOW, negative, "-0.08", Rag.GREEN));
    }

    @ParameterizedTest(name = "{0} {1} {2} value {3} -> {4}")
    @MethodSource("toleranceTable")
    void tolerance_edges_giveExpectedColour(RagStrategy strategy, Polarity polarity, Target target, String value,
            Rag expected) {
        assertThat(rate(strategy, polarity, target, value)).isEqualTo(Rating.of(expected));
    }

    static Stream<Arguments> thresholdsTable() {
        RagStrategy range = RagStrategies.thresholds();
        RagStrategy standard = RagStrategies.thresholds(Edges.standard());
        Target high = Target.thresholds(d("95"), d("90"));   // seed 004: 95-90%, High
        Target low = Target.thresholds(d("35"), d("42"));    // seed 004: 42% - 35%, Low
        return Stream.of(
                row(range, HIGH, high, "95.01", Rag.GREEN),
                row(range, HIGH, high, "95", Rag.GREEN),
                row(range, HIGH, high, "94.99", Rag.AMBER),
                row(range, HIGH, high, "90.01", Rag.AMBER),
                row(range, HIGH, high, "90", Rag.AMBER),
                row(range, HIGH, high, "89.99", Rag.RED),
                row(range, LOW, low, "34.99", Rag.GREEN),
                row(range, LOW, low, "35", Rag.GREEN),
                row(range, LOW, low, "35.01", Rag.AMBER),
                row(range, LOW, low, "42", Rag.AMBER),
                row(range, LOW, low, "42.01", Rag.RED),
                row(standard, HIGH, high, "90", Rag.RED),
                row(standard, LOW, low, "42", Rag.RED),
                row(RagStrategies.thresholds(Edges.of(false, false)), HIGH, high, "95", Rag.AMBER));
    }

    @ParameterizedTest(name = "{0} {1} {2} value {3} -> {4}")
    @MethodSource("thresholdsTable")
    void thresholds_edges_giveExpectedColour(RagStrategy strategy, Polarity polarity, Target target, String value,
            Rag expected) {
        assertThat(rate(strategy, polarity, target, value)).isEqualTo(Rating.of(expected));
    }

    static Stream<Arguments> bandTable() {
        RagStrategy margin2 = RagStrategies.band(Tolerances.absolute(d("2")));
        RagStrategy noMargin = RagStrategies.band(Tolerances.none());
        RagStrategy exclusive = RagStrategies.band(Tolerances.absolute(d("2")), Edges.of(false, false));
        Target caseloads = Target.band(d("12"), d("18"));     // seed 004: 12 - 18, n/a
        Target acceptable = Target.band(d("0"), d("12"));     // seed 004: 12-0%, Low
        Polarity band = Polarity.WITHIN_BAND;
        return Stream.of(
                row(margin2, band, caseloads, "15", Rag.GREEN),
                row(margin2, band, caseloads, "12", Rag.GREEN),
                row(margin2, band, caseloads, "18", Rag.GREEN),
                row(margin2, band, caseloads, "11.99", Rag.AMBER),
                row(margin2, band, caseloads, "18.01", Rag.AMBER),
                row(margin2, band, caseloads, "10.01", Rag.AMBER),
                row(margin2, band, caseloads, "10", Rag.RED),
                row(margin2, band, caseloads, "9.99", Rag.RED),
                row(margin2, band, caseloads, "19.99", Rag.AMBER),
                row(margin2, band, caseloads, "20", Rag.RED),
                row(margin2, band, caseloads, "20.01", Rag.RED),
                row(exclusive, band, caseloads, "12", Rag.AMBER),
                row(exclusive, band, caseloads, "20", Rag.AMBER),
                row(exclusive, band, caseloads, "20.01", Rag.RED),
                row(noMargin, band, caseloads, "18.01", Rag.RED),
                row(noMargin, LOW, acceptable, "12", Rag.GREEN),
                row(noMargin, LOW, acceptable, "12.01", Rag.RED),
                row(noMargin, LOW, acceptable, "-1", Rag.GREEN),
                row(noMargin, HIGH, caseloads, "25", Rag.GREEN),
                row(noMargin, HIGH, caseloads, "11.99", Rag.RED),
                row(margin2, HIGH, caseloads, "10.5", Rag.AMBER));
    }

    @ParameterizedTest(name = "{0} {1} {2} value {3} -> {4}")
    @MethodSource("bandTable")
    void band_edges_giveExpectedColour(RagStrategy strategy, Polarity polarity, Target target, String value,
            Rag expected) {
        assertThat(rate(strategy, polarity, target, value)).isEqualTo(Rating.of(expected));
    }

    private static Indicator withEngland(Polarity polarity, String england) {
        return Indicator.builder().code("CLA_02").title("Placement length").unit(Unit.percentage(0))
                .polarity(polarity).frequency(Frequency.MONTHLY)
                .addBenchmarks(Benchmark.of(BenchmarkGroup.ENGLAND, Fixtures.FY, d(england)))
                .addBenchmarks(Benchmark.unavailable(BenchmarkGroup.LONDON, Fixtures.FY, "Local Measure"))
                .build();
    }

    @ParameterizedTest(name = "{0} value {1} against England 69 -> {2}")
    @MethodSource("benchmarkTable")
    void relativeToBenchmark_edges_giveExpectedColour(Polarity polarity, String value, Rag expected) {
        RagPolicy policy = RagPolicy.of("benchmark", RagStrategies.relativeToBenchmark(Tolerances.absolute(d("2")),
                Edges.standard()));
        Assessment result = policy.assess(withEngland(polarity, "69"), Target.relativeTo(BenchmarkGroup.ENGLAND),
                Fixtures.outturn(value));
        assertThat(result.rating()).isEqualTo(Rating.of(expected));
        assertThat(result.reference()).contains(d("69"));
    }

    static Stream<Arguments> benchmarkTable() {
        return Stream.of(
                Arguments.of(HIGH, "69", Rag.GREEN), Arguments.of(HIGH, "69.1", Rag.GREEN),
                Arguments.of(HIGH, "68.9", Rag.AMBER), Arguments.of(HIGH, "67.1", Rag.AMBER),
                Arguments.of(HIGH, "67", Rag.RED), Arguments.of(HIGH, "66.9", Rag.RED),
                Arguments.of(LOW, "69", Rag.GREEN), Arguments.of(LOW, "68.9", Rag.GREEN),
                Arguments.of(LOW, "69.1", Rag.AMBER), Arguments.of(LOW, "71", Rag.RED));
    }

    @Test
    void relativeToBenchmark_missingBenchmark_isUnratedWithItsNote() {
        RagPolicy policy = RagPolicy.of("benchmark", RagStrategies.relativeToBenchmark(Tolerances.none(),
                Edges.standard()));
        Indicator indicator = withEngland(HIGH, "69");
        assertThat(policy.assess(indicator, Target.relativeTo(BenchmarkGroup.LONDON), Fixtures.outturn("70"))
                .rating()).isEqualTo(Rating.unrated(UnratedReason.BENCHMARK_NOT_AVAILABLE,
                        "no London value for 2024/25 (Local Measure)"));
        assertThat(policy.assess(indicator, Target.relativeTo(BenchmarkGroup.STATISTICAL_NEIGHBOURS),
                Fixtures.outturn("70")).rating()).isEqualTo(Rating.unrated(
                        UnratedReason.BENCHMARK_NOT_AVAILABLE, "no Statistical neighbours value for 2024/25"));
    }

    static Stream<Arguments> blueTable() {
        RagStrategy blue = RagStrategies.withBlue(SEED_RULE, Tolerances.relative(d("10")));
        Target fifty = Target.single(d("50"));
        return Stream.of(
                row(blue, HIGH, fifty, "55.01", Rag.BLUE),
                row(blue, HIGH, fifty, "55", Rag.BLUE),
                row(blue, HIGH, fifty, "54.99", Rag.GREEN),
                row(blue, HIGH, fifty, "50", Rag.GREEN),
                row(blue, HIGH, fifty, "49", Rag.AMBER),
                row(blue, LOW, fifty, "45", Rag.BLUE),
                row(blue, LOW, fifty, "45.01", Rag.GREEN),
                row(RagStrategies.withBlue(SEED_RULE, Tolerances.none()), HIGH, fifty, "50", Rag.GREEN),
                row(RagStrategies.withBlue(SEED_RULE, Tolerances.none()), HIGH, fifty, "50.001", Rag.BLUE),
                row(RagStrategies.withBlue(RagStrategies.thresholds(), Tolerances.absolute(d("3"))), HIGH,
                        Target.thresholds(d("95"), d("90")), "98", Rag.BLUE));
    }

    @ParameterizedTest(name = "{0} {1} {2} value {3} -> {4}")
    @MethodSource("blueTable")
    void withBlue_margin_givesBlueBeyondIt(RagStrategy strategy, Polarity polarity, Target target, String value,
            Rag expected) {
        assertThat(rate(strategy, polarity, target, value)).isEqualTo(Rating.of(expected));
    }

    @Test
    void strategies_wrongTargetKind_areNotComparable() {
        assertThat(rate(SEED_RULE, HIGH, Target.band(d("1"), d("2")), "1")).isEqualTo(Rating.unrated(
                UnratedReason.NOT_COMPARABLE, "the tolerance strategy needs a single target, not band 1 - 2"));
        assertThat(rate(RagStrategies.thresholds(), HIGH, Target.single(d("95")), "1")).isEqualTo(Rating.unrated(
                UnratedReason.NOT_COMPARABLE, "the thresholds strategy needs a thresholds target, not single 95"));
        assertThat(rate(RagStrategies.band(Tolerances.none()), HIGH, Target.single(d("95")), "1"))
                .isEqualTo(Rating.unrated(UnratedReason.NOT_COMPARABLE,
                        "the band strategy needs a band target, not single 95"));
        assertThat(rate(SEED_RULE, Polarity.WITHIN_BAND, Target.single(d("95")), "1")).isEqualTo(Rating.unrated(
                UnratedReason.NOT_COMPARABLE,
                "the tolerance strategy needs a higher- or lower-is-better indicator; this one is Within band"));
    }

    @Test
    void noTarget_isAlwaysUnratedWithWording() {
        RagStrategy strategy = RagStrategies.noTarget();
        assertThat(strategy.assess(Fixtures.indicator(HIGH), Target.single(d("5")), Fixtures.outturn("5"), d("5"))
                .rating()).isEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "no target is used for single 5"));
        assertThat(strategy.assess(Fixtures.indicator(HIGH), Target.none("No Target"), Fixtures.outturn("5"),
                d("5")).rating()).isEqualTo(Rating.unrated(UnratedReason.NO_TARGET, "No Target"));
        assertThat(strategy).hasToString("no-target");
    }

    @Test
    void firstApplicable_usesFirstStrategyThatJudgesTheTarget() {
        RagStrategy mixed = RagStrategies.firstApplicable(SEED_RULE, RagStrategies.thresholds());
        assertThat(rate(mixed, HIGH, Target.thresholds(d("95"), d("90")), "92")).isEqualTo(Rating.of(Rag.AMBER));
        assertThat(rate(mixed, HIGH, Target.single(d("95")), "92")).isEqualTo(Rating.of(Rag.AMBER));
        assertThat(rate(mixed, HIGH, Target.band(d("1"), d("2")), "1")).isEqualTo(Rating.unrated(
                UnratedReason.NOT_COMPARABLE, "no strategy of first-applicable[" + SEED_RULE + ", "
                        + RagStrategies.thresholds() + "] applies to band 1 - 2"));
    }

    @Test
    void worstOf_keepsWorstColour() {
        RagStrategy strict = RagStrategies.worstOf(SEED_RULE, RagStrategies.tolerance(Tolerances.none()));
        assertThat(rate(strict, HIGH, Target.single(d("71.4")), "70")).isEqualTo(Rating.of(Rag.RED));
        assertThat(rate(strict, HIGH, Target.single(d("71.4")), "71.4")).isEqualTo(Rating.of(Rag.GREEN));
        assertThat(rate(strict, HIGH, Target.band(d("1"), d("2")), "1").unratedReason())
                .contains(UnratedReason.NOT_COMPARABLE);
    }

    @Test
    void strategies_areValuesDescribedByConfiguration() {
        assertThat(RagStrategies.tolerance(Tolerances.relative(d("5.0"))))
                .isEqualTo(RagStrategies.tolerance(Tolerances.relative(d("5"))))
                .hasSameHashCodeAs(RagStrategies.tolerance(Tolerances.relative(d("5"))))
                .isNotEqualTo(RagStrategies.tolerance(Tolerances.absolute(d("5"))))
                .isNotEqualTo(RagStrategies.relativeToBenchmark(Tolerances.relative(d("5")), Edges.standard()))
                .hasToString("tolerance(relative 5%, green edge inclusive, red edge inclusive)");
        assertThat(RagStrategies.thresholds()).hasToString("thresholds(green edge inclusive, red edge exclusive)")
                .isEqualTo(RagStrategies.thresholds(Edges.rangeOfAcceptablePerformance()));
        assertThat(RagStrategies.band(Tolerances.absolute(d("2"))))
                .hasToString("band(margin absolute 2, green edge inclusive, red edge inclusive)");
        assertThat(RagStrategies.withBlue(SEED_RULE, Tolerances.none()))
                .hasToString("with-blue(margin none, " + SEED_RULE + ")")
                .isEqualTo(RagStrategies.withBlue(SEED_RULE, Tolerances.none()));
        assertThat(RagStrategies.worstOf(SEED_RULE)).hasToString("worst-of[" + SEED_RULE + "]")
                .isNotEqualTo(RagStrategies.firstApplicable(SEED_RULE));
    }

    @Test
    void composites_noStrategies_fail() {
        assertThatIllegalArgumentException().isThrownBy(RagStrategies::firstApplicable)
                .withMessage("Invalid value for strategies (at least one is needed): []");
        assertThatNullPointerException().isThrownBy(() -> RagStrategies.worstOf(SEED_RULE, null))
                .withMessage("strategies[1]");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> RagStrategies.tolerance(null)).withMessage("tolerance");
        assertThatNullPointerException().isThrownBy(() -> RagStrategies.tolerance(Tolerances.none(), null))
                .withMessage("edges");
        assertThatNullPointerException().isThrownBy(() -> RagStrategies.band(null)).withMessage("amberMargin");
        assertThatNullPointerException().isThrownBy(() -> RagStrategies.withBlue(SEED_RULE, null))
                .withMessage("margin");
    }
}
