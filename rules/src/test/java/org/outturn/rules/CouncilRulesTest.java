package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.outturn.rules.Fixtures.d;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;

/**
 * The rules councils publish that issue #8 adds: a green-side tolerance, Amber or Red by direction of
 * travel, and floor standards; each at, just inside and just outside every edge, for both polarities.
 */
final class CouncilRulesTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024/25");
    private static final FinancialYear LAST_YEAR = FinancialYear.parse("2023/24");

    private static Indicator indicator(Polarity polarity, ReportingPeriod period, Target target) {
        return Indicator.builder().code("CR_01").title("A council rule").unit(Unit.percentage(2)).polarity(polarity)
                .frequency(Frequency.ANNUAL).putTargets(period, target).build();
    }

    private static Assessment assess(RagPolicy policy, Polarity polarity, Target target, String value,
            List<Outturn> history) {
        Outturn outturn = Outturn.of(YEAR, d(value));
        return policy.assess(indicator(polarity, YEAR, target), outturn, OutturnHistory.of(history));
    }

    // ---------------------------------------------------------------- green-side tolerance

    /**
     * "Green = on, above or within 5% of target; Amber = between 5% and 10%; Red = more than 10% from target":
     * the end of the green tolerance is Green, the end of the tolerance Amber.
     */
    private static final RagPolicy GREEN_SIDE = RagPolicy.of("green side", RagStrategies.tolerance(
            Tolerances.relative(d("5")), Tolerances.relative(d("10")), Edges.of(true, false)));

    static Stream<Arguments> greenSide() {
        return Stream.of(
                // target 80, higher is better: Green down to 76, Amber down to 72, Red below
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "80.01", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "80", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "76.01", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "76", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "75.99", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "72.01", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "72", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "80", "71.99", Rag.RED),
                // target 20, lower is better: Green up to 21, Amber up to 22, Red above
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "19.99", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "20", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "20.99", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "21", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "21.01", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "21.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "22", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "22.01", Rag.RED));
    }

    @ParameterizedTest(name = "{0} target {1}: {2} is {3}")
    @MethodSource("greenSide")
    void greenTolerance_edges_colour(Polarity polarity, String target, String value, Rag expected) {
        assertThat(assess(GREEN_SIDE, polarity, Target.single(d(target)), value, List.of()).rag()).contains(expected);
    }

    /** "Green = on or within 10% of the annual target", otherwise Red: the two tolerances are equal. */
    static Stream<Arguments> greenOrRed() {
        return Stream.of(
                Arguments.of(Polarity.HIGHER_IS_BETTER, "90.01", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "90", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "89.99", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "109.99", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "110", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "110.01", Rag.RED));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("greenOrRed")
    void greenToleranceEqualToTolerance_noAmber(Polarity polarity, String value, Rag expected) {
        RagPolicy policy = RagPolicy.of("green or red", RagStrategies.tolerance(Tolerances.relative(d("10")),
                Tolerances.relative(d("10")), Edges.standard()));
        assertThat(assess(policy, polarity, Target.single(d("100")), value, List.of()).rag()).contains(expected);
    }

    /** Absolute tolerances on a percentage are percentage points: Green within 2 points, Amber within 5. */
    static Stream<Arguments> points() {
        return Stream.of(
                Arguments.of(Polarity.HIGHER_IS_BETTER, "68", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "67.99", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "65.01", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "65", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "72", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "72.01", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "74.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "75", Rag.RED));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("points")
    void greenToleranceAbsolute_edges_colour(Polarity polarity, String value, Rag expected) {
        RagPolicy policy = RagPolicy.of("points", RagStrategies.tolerance(Tolerances.absolute(d("2")),
                Tolerances.absolute(d("5")), Edges.standard()));
        assertThat(assess(policy, polarity, Target.single(d("70")), value, List.of()).rag()).contains(expected);
    }

    @Test
    void greenTolerance_explanations_nameBothTolerancesInPoints() {
        RagPolicy policy = RagPolicy.of("points", RagStrategies.tolerance(Tolerances.absolute(d("2")),
                Tolerances.absolute(d("5")), Edges.standard()));
        Target target = Target.single(d("70"));
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, target, "68.5", List.of()).explanation())
                .isEqualTo("Green: 68.5% is 1.5 points (2.1%) below the target of 70%, within the green "
                        + "tolerance of 2 points");
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, target, "66", List.of()).explanation())
                .isEqualTo("Amber: 66% is 4 points (5.7%) below the target of 70%, within the tolerance of "
                        + "5 points");
        assertThat(assess(GREEN_SIDE, Polarity.HIGHER_IS_BETTER, Target.single(d("80")), "76", List.of())
                .explanation()).isEqualTo("Green: 76% is 4 points (5.0%) below the target of 80%, at the "
                        + "edge of the 5% green tolerance");
        Assessment green = assess(GREEN_SIDE, Polarity.HIGHER_IS_BETTER, Target.single(d("80")), "76", List.of());
        assertThat(green.greenTolerance()).contains(Tolerances.relative(d("5")));
        assertThat(green.tolerance()).contains(Tolerances.relative(d("10")));
    }

    @Test
    void greenTolerance_exceedsToleranceOfSameKind_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagStrategies.tolerance(Tolerances.absolute(d("3")), Tolerances.absolute(d("2")),
                        Edges.standard()))
                .withMessage("Invalid value for greenTolerance (must not exceed the tolerance, absolute 2): absolute 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RagStrategies.tolerance(Tolerances.relative(d("1")), Tolerances.none(),
                        Edges.standard()))
                .withMessage("Invalid value for greenTolerance (must not exceed the tolerance, none): relative 1%");
    }

    /**
     * Different kinds are allowed: which is larger depends on the target. Where the green tolerance
     * reaches beyond the tolerance there is no Amber: past the green tolerance is Red.
     */
    @Test
    void greenToleranceOfOtherKind_beyondTolerance_noAmber() {
        RagPolicy policy = RagPolicy.of("mixed", RagStrategies.tolerance(Tolerances.absolute(d("5")),
                Tolerances.relative(d("10")), Edges.standard()));
        // target 20: green allowance 5, amber allowance 2
        Target small = Target.single(d("20"));
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, small, "15.01", List.of()).rag()).contains(Rag.GREEN);
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, small, "14.99", List.of()).rag()).contains(Rag.RED);
        // target 100: green allowance 5, amber allowance 10
        Target large = Target.single(d("100"));
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, large, "94.99", List.of()).rag()).contains(Rag.AMBER);
        assertThat(assess(policy, Polarity.HIGHER_IS_BETTER, large, "90", List.of()).rag()).contains(Rag.RED);
    }

    // ---------------------------------------------------------------- amber if improved

    /** "Amber = more than 10% off the annual target and improved or maintained compared to last year". */
    private static RagPolicy improved(MissingComparison missing) {
        return RagPolicy.of("improved", RagStrategies.amberIfImproved(Tolerances.none(), Tolerances.relative(d("10")),
                Edges.standard(), ComparedWith.PREVIOUS_YEAR, missing));
    }

    static Stream<Arguments> directionOfTravel() {
        return Stream.of(
                // target 75, higher is better, 10% = 7.5: Red from 67.5 unless at least last year's 60
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "75", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "67.51", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "67.5", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "60.01", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "60", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "60", "59.99", Rag.RED),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "75", "70", "67.5", Rag.RED),
                // target 20, lower is better, 10% = 2: Red from 22 unless at most last year's 25
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "20", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "21.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "22", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "24.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "25", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "25", "25.01", Rag.RED),
                Arguments.of(Polarity.LOWER_IS_BETTER, "20", "21", "22", Rag.RED));
    }

    @ParameterizedTest(name = "{0} target {1}, last year {2}: {3} is {4}")
    @MethodSource("directionOfTravel")
    void amberIfImproved_edges_colour(Polarity polarity, String target, String lastYear, String value, Rag expected) {
        Assessment assessment = assess(improved(MissingComparison.UNRATED), polarity, Target.single(d(target)), value,
                List.of(Outturn.of(LAST_YEAR, d(lastYear))));
        assertThat(assessment.rag()).contains(expected);
    }

    @Test
    void amberIfImproved_explanation_namesBothValues() {
        List<Outturn> history = List.of(Outturn.of(LAST_YEAR, d("60")));
        Target target = Target.single(d("75"));
        Assessment amber = assess(improved(MissingComparison.UNRATED), Polarity.HIGHER_IS_BETTER, target, "62",
                history);
        assertThat(amber.explanation()).isEqualTo("Amber: 62% is 13 points (17.3%) below the target of 75%, "
                + "outside the 10% tolerance, but no worse than 60% in 2023/24");
        assertThat(amber.comparisonPeriod()).contains(LAST_YEAR);
        assertThat(amber.comparison()).contains(history.get(0));
        Assessment red = assess(improved(MissingComparison.UNRATED), Polarity.HIGHER_IS_BETTER, target, "58",
                history);
        assertThat(red.explanation()).isEqualTo("Red: 58% is 17 points (22.7%) below the target of 75%, "
                + "outside the 10% tolerance, and worse than 60% in 2023/24");
        Assessment within = assess(improved(MissingComparison.UNRATED), Polarity.HIGHER_IS_BETTER, target, "70",
                history);
        assertThat(within.comparisonPeriod()).isEmpty();
    }

    @Test
    void amberIfImproved_missingComparison_unratedOrRedAsThePolicySays() {
        Target target = Target.single(d("75"));
        List<Outturn> suppressed = List.of(Outturn.missing(LAST_YEAR, org.outturn.core.MissingReason.SUPPRESSED,
                "Data suppressed"));
        for (List<Outturn> history : List.of(List.<Outturn>of(), suppressed)) {
            Assessment unrated = assess(improved(MissingComparison.UNRATED), Polarity.HIGHER_IS_BETTER, target, "50",
                    history);
            assertThat(unrated.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
            assertThat(unrated.rating().detail()).contains("the amber-if-improved rule of the tolerance strategy "
                    + "needs an outturn for 2023/24 to compare with, and there is none");
            Assessment red = assess(improved(MissingComparison.RED), Polarity.HIGHER_IS_BETTER, target, "50", history);
            assertThat(red.rag()).contains(Rag.RED);
            assertThat(red.comparison()).isEmpty();
            assertThat(red.explanation()).isEqualTo("Red: 50% is 25 points (33.3%) below the target of 75%, "
                    + "outside the 10% tolerance, and there is no outturn for 2023/24 to compare with");
        }
        // The policy's two-argument call has no history: the comparison is missing, never guessed.
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, YEAR, target);
        assertThat(improved(MissingComparison.UNRATED).assess(indicator, Outturn.of(YEAR, d("50"))).rating()
                .unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
    }

    @Test
    void amberIfImproved_previousPeriod_comparesWithTheQuarterBefore() {
        FinancialQuarter q2 = FinancialQuarter.parse("2024/25 Q2");
        Target target = Target.single(d("75"));
        RagPolicy policy = RagPolicy.of("quarterly", RagStrategies.amberIfImproved(Tolerances.none(),
                Tolerances.relative(d("10")), Edges.standard(), ComparedWith.PREVIOUS_PERIOD, MissingComparison.RED));
        Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER, q2, target);
        OutturnHistory history = OutturnHistory.of(List.of(Outturn.of(FinancialQuarter.parse("2024/25 Q1"), d("55")),
                Outturn.of(FinancialQuarter.parse("2023/24 Q2"), d("65"))));
        Assessment assessment = policy.assess(indicator, Outturn.of(q2, d("60")), history);
        assertThat(assessment.rag()).contains(Rag.AMBER);
        assertThat(assessment.comparisonPeriod()).contains(FinancialQuarter.parse("2024/25 Q1"));
    }

    // ---------------------------------------------------------------- floor standards

    private static final RagPolicy FLOOR = RagPolicy.of("floor", RagStrategies.floor());

    static Stream<Arguments> floors() {
        return Stream.of(
                // target 95, floor 90, higher is better
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "95.01", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "95", Rag.GREEN),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "94.99", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "90.01", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "90", Rag.AMBER),
                Arguments.of(Polarity.HIGHER_IS_BETTER, "95", "90", "89.99", Rag.RED),
                // target 10, floor 12, lower is better
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "9.99", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "10", Rag.GREEN),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "10.01", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "11.99", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "12", Rag.AMBER),
                Arguments.of(Polarity.LOWER_IS_BETTER, "10", "12", "12.01", Rag.RED));
    }

    @ParameterizedTest(name = "{0} target {1} floor {2}: {3} is {4}")
    @MethodSource("floors")
    void floor_edges_colour(Polarity polarity, String target, String floor, String value, Rag expected) {
        assertThat(assess(FLOOR, polarity, Target.withFloor(d(target), d(floor)), value, List.of()).rag())
                .contains(expected);
    }

    @Test
    void floor_explanation_namesTheFloor() {
        Target target = Target.withFloor(d("95"), d("90"));
        assertThat(assess(FLOOR, Polarity.HIGHER_IS_BETTER, target, "92", List.of()).explanation())
                .isEqualTo("Amber: 92% is 3 points (3.2%) below the target of 95% but at or above the floor "
                        + "of 90%");
        assertThat(assess(FLOOR, Polarity.HIGHER_IS_BETTER, target, "88", List.of()).explanation())
                .isEqualTo("Red: 88% is 2 points (2.2%) below the floor of 90% (target 95%)");
        assertThat(assess(FLOOR, Polarity.HIGHER_IS_BETTER, target, "95", List.of()).explanation())
                .isEqualTo("Green: 95% meets the target of 95%");
        assertThat(assess(FLOOR, Polarity.LOWER_IS_BETTER, Target.withFloor(d("10"), d("12")), "11", List.of())
                .explanation()).isEqualTo("Amber: 11% is 1 point (10.0%) above the target of 10% but at or "
                        + "below the floor of 12%");
    }

    @Test
    void floor_betterThanTarget_notComparable() {
        Indicator indicator = Fixtures.indicator(Polarity.HIGHER_IS_BETTER);
        Assessment assessment = FLOOR.assess(indicator, Target.withFloor(d("90"), d("95")), Fixtures.outturn("92"));
        assertThat(assessment.rating().unratedReason()).contains(UnratedReason.NOT_COMPARABLE);
        assertThat(assessment.rating().detail()).contains("the floor strategy needs a floor no better than the target "
                + "(Higher is better), not single 90 floor 95");
        assertThat(FLOOR.assess(indicator, Target.single(d("90")), Fixtures.outturn("92")).rating().detail())
                .contains("the floor strategy needs a target with a floor, not single 90");
    }

    // ---------------------------------------------------------------- one policy for a mixed report

    /** Bromley's report mixes single targets, thresholds, bands and no target: one policy rates them all. */
    @Test
    void firstApplicableFromSpec_mixedReport_ratesEveryKind() {
        StrategySpec spec = StrategySpec.of("first-applicable", Map.of("strategies", List.of(
                StrategySpec.of("tolerance", Map.of("tolerance", "relative 5%")),
                StrategySpec.of("thresholds"),
                StrategySpec.of("band", Map.of("margin", "relative 5%")),
                StrategySpec.of("floor"),
                StrategySpec.of("no-target"))));
        RagPolicy bromley = RagPolicy.of("bromley", spec);
        assertThat(bromley.strategy()).isEqualTo(RagStrategies.firstApplicable(
                RagStrategies.tolerance(Tolerances.relative(d("5"))), RagStrategies.thresholds(),
                RagStrategies.band(Tolerances.relative(d("5"))), RagStrategies.floor(), RagStrategies.noTarget()));
        assertThat(RagPolicy.of("bromley", bromley.spec())).isEqualTo(bromley);
        assertThat(assess(bromley, Polarity.HIGHER_IS_BETTER, Target.single(d("70")), "67", List.of()).rag())
                .contains(Rag.AMBER);
        assertThat(assess(bromley, Polarity.LOWER_IS_BETTER, Target.thresholds(d("1.7"), d("1.9")), "1.8", List.of())
                .rag()).contains(Rag.AMBER);
        assertThat(assess(bromley, Polarity.WITHIN_BAND, Target.band(d("12"), d("18")), "18.5", List.of()).rag())
                .contains(Rag.AMBER);
        assertThat(assess(bromley, Polarity.HIGHER_IS_BETTER, Target.withFloor(d("95"), d("90")), "89", List.of())
                .rag()).contains(Rag.RED);
        assertThat(assess(bromley, Polarity.HIGHER_IS_BETTER, Target.none("No Target"), "50", List.of()).rating()
                .unratedReason()).contains(UnratedReason.NO_TARGET);
    }

    @Test
    void builtIns_specRoundTrip_equal() {
        List<RagStrategy> strategies = List.of(GREEN_SIDE.strategy(), improved(MissingComparison.RED).strategy(),
                FLOOR.strategy(), RagStrategies.floor(Edges.standard()),
                RagStrategies.withBlue(RagStrategies.worstOf(RagStrategies.thresholds(), RagStrategies.relativeToBenchmark(
                        Tolerances.absolute(d("1")), Edges.of(false, true))), Tolerances.relative(d("10"))));
        for (RagStrategy strategy : strategies) {
            assertThat(RagStrategyRegistry.standard().create(strategy.spec().orElseThrow())).as("%s", strategy)
                    .isEqualTo(strategy).hasSameHashCodeAs(strategy);
        }
        assertThat(improved(MissingComparison.RED).spec()).isEqualTo(StrategySpec.of("tolerance", Map.of(
                "tolerance", Tolerances.relative(d("10")), "beyondTolerance", "amber-if-improved",
                "missingComparison", "red")));
    }
}
