package org.outturn.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Target;

final class XmrTest {

    private static final RuleSet ANY_LENGTH = RuleSet.standard().withMinimumPoints(2);

    /** A series from text values, "-" for a gap, labelled by position. */
    static List<Observation> series(String... values) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            observations.add(values[i].equals("-") ? Observation.missing("p" + i)
                    : Observation.of("p" + i, new BigDecimal(values[i])));
        }
        return observations;
    }

    /** Twelve baseline points alternating 11.5 and 8.5, ending on 8.5: mean 10, MR̄ 3, sigma 2.66. */
    static List<String> baseline() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add("11.5");
            values.add("8.5");
        }
        return values;
    }

    static SpcChart xmr(List<Observation> observations, Polarity polarity, RuleSet ruleSet, SpcSetup setup) {
        return SpcChart.of(ChartType.XMR, observations, polarity, ruleSet, setup);
    }

    static SpcChart xmr(List<Observation> observations, Polarity polarity) {
        return SpcChart.of(observations, polarity);
    }

    static SpcChart afterBaseline(Polarity polarity, RuleSet ruleSet, String... tail) {
        List<String> values = baseline();
        values.addAll(Arrays.asList(tail));
        return xmr(series(values.toArray(String[]::new)), polarity, ruleSet, SpcSetup.none().withBaseline(12));
    }

    static List<List<Signal>> signalsOfTail(SpcChart chart) {
        return chart.points().subList(12, chart.points().size()).stream().map(SpcPoint::signals)
                .collect(Collectors.toList());
    }

    @Test
    void of_workedExample_givesLimits() {
        // 10, 12, 11, 13, 12: mean 58 / 5 = 11.6; moving ranges 2, 1, 2, 1, MR̄ = 1.5;
        // 2.66 × 1.5 = 3.99: limits 7.61 and 15.59; sigma 3.99 / 3 = 1.33: two sigma 8.94 and 14.26,
        // one sigma 10.27 and 12.93.
        SpcChart chart = xmr(series("10", "12", "11", "13", "12"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none());
        SpcLimits limits = chart.latestLimits().orElseThrow();
        SpcPhase phase = chart.phases().get(0);
        assertThat(limits.centre()).isEqualByComparingTo("11.6");
        assertThat(phase.centre().orElseThrow()).isEqualByComparingTo("11.6");
        assertThat(phase.meanMovingRange().orElseThrow()).isEqualByComparingTo("1.5");
        assertThat(limits.sigma()).isEqualByComparingTo("1.33");
        assertThat(limits.lowerProcess()).isEqualByComparingTo("7.61");
        assertThat(limits.upperProcess()).isEqualByComparingTo("15.59");
        assertThat(limits.lowerTwoSigma()).isEqualByComparingTo("8.94");
        assertThat(limits.upperTwoSigma()).isEqualByComparingTo("14.26");
        assertThat(limits.lowerOneSigma()).isEqualByComparingTo("10.27");
        assertThat(limits.upperOneSigma()).isEqualByComparingTo("12.93");
        assertThat(phase.calculationPoints()).isEqualTo(5);
        assertThat(phase.movingRanges()).isEqualTo(4);
        assertThat(chart.points()).allSatisfy(point -> assertThat(point.limits()).contains(limits));
        assertThat(chart.points()).allSatisfy(point -> assertThat(point.variation()).contains(Variation.COMMON_CAUSE));
        assertThat(chart.points().get(0).movingRange()).isEmpty();
        assertThat(chart.points().get(3).movingRange().orElseThrow()).isEqualByComparingTo("2");
    }

    @Test
    void of_randomSeries_limitsSymmetricAboutTheMean() {
        long seed = System.nanoTime();
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int trial = 0; trial < 200; trial++) {
            int size = 2 + random.nextInt(30);
            String[] values = new String[size];
            for (int i = 0; i < size; i++) {
                values[i] = BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4)).toPlainString();
            }
            SpcLimits limits = xmr(series(values), Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none())
                    .latestLimits().orElseThrow();
            BigDecimal mean = limits.centre();
            assertThat(limits.upperProcess().subtract(mean))
                    .as("seed %d", seed).isEqualByComparingTo(mean.subtract(limits.lowerProcess()));
            assertThat(limits.upperTwoSigma().subtract(mean))
                    .as("seed %d", seed).isEqualByComparingTo(mean.subtract(limits.lowerTwoSigma()));
            assertThat(limits.upperOneSigma().subtract(mean))
                    .as("seed %d", seed).isEqualByComparingTo(mean.subtract(limits.lowerOneSigma()));
        }
    }

    @Test
    void of_constantSeries_zeroWidthLimitsNoSpecialCauseAndAssuranceAtTheTarget() {
        String[] values = new String[14];
        Arrays.fill(values, "100");
        for (Polarity polarity : Polarity.values()) {
            SpcChart chart = xmr(series(values), polarity, RuleSet.standard()
                    .withPointOnMean(RuleSet.PointOnMean.CONTINUES_RUN), SpcSetup.none());
            SpcLimits limits = chart.latestLimits().orElseThrow();
            assertThat(limits.lowerProcess()).isEqualByComparingTo("100");
            assertThat(limits.upperProcess()).isEqualByComparingTo("100");
            assertThat(chart.points()).allSatisfy(point -> assertThat(point.signals()).isEmpty());
            assertThat(chart.variation()).contains(Variation.COMMON_CAUSE);
        }
        SpcChart higher = xmr(series(values), Polarity.HIGHER_IS_BETTER);
        assertThat(higher.assurance(Target.single(new BigDecimal("100")))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(higher.assurance(Target.single(new BigDecimal("100.01")))).contains(Assurance.CONSISTENTLY_FAILS);
        SpcChart lower = xmr(series(values), Polarity.LOWER_IS_BETTER);
        assertThat(lower.assurance(Target.single(new BigDecimal("100")))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(lower.assurance(Target.single(new BigDecimal("99.99")))).contains(Assurance.CONSISTENTLY_FAILS);
    }

    @Test
    void run_ofSevenFires_ofSixDoesNot() {
        SpcChart seven = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "10.5");
        assertThat(signalsOfTail(seven)).allSatisfy(signals -> assertThat(signals)
                .containsExactly(new Signal(SpcRule.RUN, Side.HIGH)));
        assertThat(seven.variation()).contains(Variation.SPECIAL_CAUSE_IMPROVING);

        SpcChart six = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "9.5");
        assertThat(signalsOfTail(six)).allSatisfy(signals -> assertThat(signals).isEmpty());
        assertThat(six.variation()).contains(Variation.COMMON_CAUSE);
    }

    @Test
    void run_pointOnTheMean_breaksOrContinuesAsTheRuleSetSays() {
        String[] tail = {"10.5", "10.5", "10.5", "10", "10.5", "10.5", "10.5"};
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(), tail)))
                .allSatisfy(signals -> assertThat(signals).isEmpty());
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER,
                RuleSet.standard().withPointOnMean(RuleSet.PointOnMean.CONTINUES_RUN), tail)))
                .allSatisfy(signals -> assertThat(signals).containsExactly(new Signal(SpcRule.RUN, Side.HIGH)));
    }

    @Test
    void run_brokenByAGap_doesNotFire() {
        SpcChart chart = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "10.5", "10.5", "10.5", "-", "10.5", "10.5", "10.5", "10.5");
        assertThat(signalsOfTail(chart)).allSatisfy(signals -> assertThat(signals).isEmpty());
        assertThat(chart.points().get(15).variation()).isEmpty();
        assertThat(chart.points().get(15).value()).isEmpty();
        assertThat(chart.points().get(16).movingRange()).isEmpty();
    }

    @Test
    void trend_ofSevenRising_isImprovingOrConcerningByPolarity() {
        // The last baseline point is 8.5; 8 is lower, so the rise starts at 8: seven points, six rises.
        String[] tail = {"8", "8.5", "9", "9.5", "10", "10.5", "11"};
        SpcChart higher = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(), tail);
        assertThat(signalsOfTail(higher)).allSatisfy(signals -> assertThat(signals)
                .containsExactly(new Signal(SpcRule.TREND, Side.HIGH)));
        assertThat(higher.variation()).contains(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(afterBaseline(Polarity.LOWER_IS_BETTER, RuleSet.standard(), tail).variation())
                .contains(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(afterBaseline(Polarity.NONE, RuleSet.standard(), tail).variation())
                .contains(Variation.SPECIAL_CAUSE_NEUTRAL);
        assertThat(afterBaseline(Polarity.WITHIN_BAND, RuleSet.standard(), tail).variation())
                .contains(Variation.SPECIAL_CAUSE_NEUTRAL);
    }

    @Test
    void trend_brokenByATie_doesNotFire() {
        SpcChart chart = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "8", "8.5", "9", "9.5", "9.5", "10", "10.5", "11");
        assertThat(signalsOfTail(chart)).allSatisfy(signals -> assertThat(signals).isEmpty());
        assertThat(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard().withTrendLength(4),
                "8", "8.5", "9", "9.5", "9.5", "10", "10.5", "11").points().get(12).signals())
                .containsExactly(new Signal(SpcRule.TREND, Side.HIGH));
    }

    @Test
    void twoOfThree_exactlyOnTheTwoSigmaLine_doesNotFire_justBeyondDoes() {
        // Baseline: mean 10, sigma 2.66, so the upper two-sigma line is 15.32 and the limit 17.98.
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "15.32", "15.32", "12"))).allSatisfy(signals -> assertThat(signals).isEmpty());
        SpcChart beyond = afterBaseline(Polarity.LOWER_IS_BETTER, RuleSet.standard(), "15.33", "15.33", "12");
        Signal signal = new Signal(SpcRule.TWO_OF_THREE, Side.HIGH);
        assertThat(signalsOfTail(beyond)).containsExactly(List.of(signal), List.of(signal), List.of());
        assertThat(beyond.points().get(13).variation()).contains(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(beyond.variation()).contains(Variation.COMMON_CAUSE);
    }

    @Test
    void twoOfThree_onOppositeSidesOfTheMean_doesNotFire() {
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(),
                "15.33", "4.67", "15.33"))).allSatisfy(signals -> assertThat(signals).isEmpty());
    }

    @Test
    void twoOfThree_pointBeyondTheLimit_countsSince2023Only() {
        Signal two = new Signal(SpcRule.TWO_OF_THREE, Side.HIGH);
        Signal outside = new Signal(SpcRule.OUTSIDE_LIMITS, Side.HIGH);
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.named("nhse-2023"),
                "16", "18.5", "12"))).containsExactly(List.of(two), List.of(outside, two), List.of());
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.named("nhse-pre-2023"),
                "16", "18.5", "12"))).containsExactly(List.of(), List.of(outside), List.of());
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.named("nhse-pre-2023"),
                "16", "17.98", "12"))).containsExactly(List.of(two), List.of(two), List.of());
    }

    @Test
    void outsideLimits_onTheLimit_isNotOutside_justBeyondIs() {
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER,
                RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false), "17.98", "2.02")))
                .containsExactly(List.of(), List.of());
        assertThat(signalsOfTail(afterBaseline(Polarity.HIGHER_IS_BETTER,
                RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false), "17.99", "2.01")))
                .containsExactly(List.of(new Signal(SpcRule.OUTSIDE_LIMITS, Side.HIGH)),
                        List.of(new Signal(SpcRule.OUTSIDE_LIMITS, Side.LOW)));
    }

    @Test
    void conflict_bothSidesFire_ruleSetChoosesTheWinner() {
        // Seven points above the mean (a run, high) that fall each month (a trend, low).
        String[] tail = {"17", "16", "15", "14", "13", "12", "11.5"};
        SpcChart concern = afterBaseline(Polarity.HIGHER_IS_BETTER, RuleSet.standard(), tail);
        assertThat(concern.variation()).contains(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(concern.latest().orElseThrow().signals())
                .containsExactly(new Signal(SpcRule.RUN, Side.HIGH), new Signal(SpcRule.TREND, Side.LOW));
        assertThat(afterBaseline(Polarity.HIGHER_IS_BETTER,
                RuleSet.standard().withConflict(RuleSet.Conflict.IMPROVEMENT_WINS), tail).variation())
                .contains(Variation.SPECIAL_CAUSE_IMPROVING);
    }

    @Test
    void baselineAndRecalculation_limitsPerPhase() {
        // Phase 0: baseline of 4 of 10, 12, 11, 13 -> mean 11.5, MR̄ 5/3; the later 40 is judged against it.
        // Phase 1 from point 6: 20, 22, 21, 23, 22 -> mean 21.6, MR̄ 1.5: limits 17.61 and 25.59.
        List<Observation> observations = series("10", "12", "11", "13", "40", "12", "20", "22", "21", "23", "22");
        SpcChart chart = xmr(observations, Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none().withBaseline(4).withRecalculation(6));
        assertThat(chart.phases()).hasSize(2);
        SpcLimits first = chart.points().get(0).limits().orElseThrow();
        assertThat(first.centre()).isEqualByComparingTo("11.5");
        assertThat(chart.phases().get(0).calculationPoints()).isEqualTo(4);
        assertThat(chart.points().get(4).signals()).contains(new Signal(SpcRule.OUTSIDE_LIMITS, Side.HIGH));
        SpcLimits second = chart.latestLimits().orElseThrow();
        assertThat(second.centre()).isEqualByComparingTo("21.6");
        assertThat(second.lowerProcess()).isEqualByComparingTo("17.61");
        assertThat(second.upperProcess()).isEqualByComparingTo("25.59");
        assertThat(chart.points().get(6).movingRange()).isEmpty();
        assertThat(chart.points().get(6).phase()).isEqualTo(1);
        // Assurance follows the latest phase: a target of 17.61 is passed consistently now.
        assertThat(chart.assurance(Target.single(new BigDecimal("17.61")))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(chart.assurance(Target.single(new BigDecimal("17.62")))).contains(Assurance.HIT_AND_MISS);
    }

    @Test
    void excludedPoint_leftOutOfTheLimits_butJudged() {
        // Without the 100, the values are the worked example's: limits 7.61 and 15.59.
        SpcChart chart = xmr(series("10", "12", "100", "11", "13", "12"), Polarity.LOWER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none().withExcluded(2));
        SpcLimits limits = chart.latestLimits().orElseThrow();
        assertThat(limits.upperProcess()).isEqualByComparingTo("15.59");
        assertThat(chart.phases().get(0).movingRanges()).isEqualTo(4);
        SpcPoint ghost = chart.points().get(2);
        assertThat(ghost.excluded()).isTrue();
        assertThat(ghost.signals()).containsExactly(new Signal(SpcRule.OUTSIDE_LIMITS, Side.HIGH));
        assertThat(ghost.variation()).contains(Variation.SPECIAL_CAUSE_CONCERNING);
    }

    @Test
    void gap_noMovingRangeAcrossIt() {
        // 10, 12, gap, 11, 13, 12: moving ranges 2, 2, 1 (none across the gap), MR̄ 5/3.
        SpcPhase phase = xmr(series("10", "12", "-", "11", "13", "12"), Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none()).phases().get(0);
        assertThat(phase.movingRanges()).isEqualTo(3);
        assertThat(phase.calculationPoints()).isEqualTo(5);
        assertThat(phase.centre().orElseThrow()).isEqualByComparingTo("11.6");
    }

    @Test
    void outlierScreening_leavesOutLargeMovingRanges() {
        // 1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1: moving ranges 1, 1, 1, 8, 9 and six 1s, sum 26, MR̄ 26 / 11;
        // upper range limit 3.267 × 26 / 11 = 7.72: the 8 and the 9 are left out, MR̄ = 9 / 9 = 1.
        // Mean 26 / 12 = 2.166666666666667 (16 digits): limits 2.166666666666667 ± 2.66.
        List<Observation> observations = series("1", "2", "1", "2", "10", "1", "2", "1", "2", "1", "2", "1");
        SpcChart chart = xmr(observations, Polarity.HIGHER_IS_BETTER, RuleSet.named("plot-the-dots"),
                SpcSetup.none());
        SpcLimits screened = chart.latestLimits().orElseThrow();
        assertThat(chart.phases().get(0).screenedMovingRanges()).isEqualTo(2);
        assertThat(chart.phases().get(0).meanMovingRange().orElseThrow()).isEqualByComparingTo("1");
        assertThat(screened.lowerProcess()).isEqualByComparingTo("-0.493333333333333");
        assertThat(screened.upperProcess()).isEqualByComparingTo("4.826666666666667");
        SpcPhase unscreened = xmr(observations, Polarity.HIGHER_IS_BETTER).phases().get(0);
        assertThat(unscreened.screenedMovingRanges()).isZero();
        assertThat(unscreened.movingRanges()).isEqualTo(11);
    }

    @Test
    void notEnoughData_noLimitsNoVariationNoAssurance() {
        String[] eleven = new String[11];
        Arrays.fill(eleven, "5");
        SpcChart chart = xmr(series(eleven), Polarity.HIGHER_IS_BETTER);
        assertThat(chart.phases().get(0).hasLimits()).isFalse();
        assertThat(chart.phases().get(0).calculationPoints()).isEqualTo(11);
        assertThat(chart.variation()).isEmpty();
        assertThat(chart.assurance(Target.single(BigDecimal.ONE))).isEmpty();
        String[] twelve = new String[12];
        Arrays.fill(twelve, "5");
        assertThat(xmr(series(twelve), Polarity.HIGHER_IS_BETTER).phases().get(0).hasLimits()).isTrue();
        assertThat(xmr(series("5"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none())
                .latestLimits()).isEmpty();
        assertThat(xmr(series("5", "-", "6"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none())
                .latestLimits()).isEmpty();
        assertThat(xmr(List.of(), Polarity.HIGHER_IS_BETTER).latest()).isEmpty();
    }

    @Test
    void assurance_boundariesForBothPolaritiesAndABand() {
        // Limits 7.61 and 15.59, as in the worked example.
        List<Observation> observations = series("10", "12", "11", "13", "12");
        SpcChart higher = xmr(observations, Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none());
        assertThat(higher.assurance(single("7.60"))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(higher.assurance(single("7.61"))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(higher.assurance(single("7.62"))).contains(Assurance.HIT_AND_MISS);
        assertThat(higher.assurance(single("15.59"))).contains(Assurance.HIT_AND_MISS);
        assertThat(higher.assurance(single("15.60"))).contains(Assurance.CONSISTENTLY_FAILS);
        assertThat(higher.assurance(Target.thresholds(new BigDecimal("7.61"), new BigDecimal("5"))))
                .contains(Assurance.CONSISTENTLY_PASSES);
        SpcChart lower = xmr(observations, Polarity.LOWER_IS_BETTER, ANY_LENGTH, SpcSetup.none());
        assertThat(lower.assurance(single("15.60"))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(lower.assurance(single("15.59"))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(lower.assurance(single("15.58"))).contains(Assurance.HIT_AND_MISS);
        assertThat(lower.assurance(single("7.61"))).contains(Assurance.HIT_AND_MISS);
        assertThat(lower.assurance(single("7.60"))).contains(Assurance.CONSISTENTLY_FAILS);
        SpcChart band = xmr(observations, Polarity.WITHIN_BAND, ANY_LENGTH, SpcSetup.none());
        assertThat(band.assurance(band("7.61", "15.59"))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(band.assurance(band("7.62", "15.59"))).contains(Assurance.HIT_AND_MISS);
        assertThat(band.assurance(band("7.61", "15.58"))).contains(Assurance.HIT_AND_MISS);
        assertThat(band.assurance(band("15.59", "20"))).contains(Assurance.HIT_AND_MISS);
        assertThat(band.assurance(band("15.60", "20"))).contains(Assurance.CONSISTENTLY_FAILS);
        assertThat(band.assurance(band("0", "7.61"))).contains(Assurance.HIT_AND_MISS);
        assertThat(band.assurance(band("0", "7.60"))).contains(Assurance.CONSISTENTLY_FAILS);
        assertThat(band.assurance(single("10"))).isEmpty();
        assertThat(xmr(observations, Polarity.NONE, ANY_LENGTH, SpcSetup.none()).assurance(single("10")))
                .isEmpty();
        assertThat(higher.assurance(Target.none("No target"))).isEmpty();
    }

    @Test
    void of_badSetupAndNulls_failWithExactMessages() {
        List<Observation> observations = series("1", "2", "3");
        assertThatThrownBy(() -> xmr(observations, Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none().withRecalculation(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for recalculation point (valid values 1 - 2): 3");
        assertThatThrownBy(() -> xmr(observations, Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none().withExcluded(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for excluded point (valid values 0 - 2): 3");
        assertThatThrownBy(() -> SpcSetup.none().withRecalculation(0)).hasMessage(
                "Invalid value for recalculation point (at least 1): 0");
        assertThatThrownBy(() -> SpcSetup.none().withBaseline(1)).hasMessage(
                "Invalid value for baseline (at least 2 points): 1");
        assertThatThrownBy(() -> SpcSetup.none().withRecalculation(2, 0)).hasMessage(
                "Invalid value for baseline (at least 2 points): 0");
        assertThatThrownBy(() -> SpcSetup.none().withExcluded(-1)).hasMessage(
                "Invalid value for excluded point (at least 0): -1");
        assertThatThrownBy(() -> xmr(null, Polarity.NONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("observations");
        assertThatThrownBy(() -> xmr(observations, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("polarity");
        assertThatThrownBy(() -> Observation.of("x", null)).hasMessage("value");
        assertThat(Observation.missing("x").value()).isEqualTo(Optional.empty());
    }

    private static Target single(String value) {
        return Target.single(new BigDecimal(value));
    }

    private static Target band(String low, String high) {
        return Target.band(new BigDecimal(low), new BigDecimal(high));
    }
}
