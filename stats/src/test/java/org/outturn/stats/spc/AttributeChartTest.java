package org.outturn.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Target;

/** The p, u, p′, u′, c, g and t charts: worked examples derived by hand from the formulas on {@link SpcChart}. */
final class AttributeChartTest {

    private static final RuleSet ANY_LENGTH = RuleSet.standard().withMinimumPoints(2);
    private static final Signal OUTSIDE_HIGH = new Signal(SpcRule.OUTSIDE_LIMITS, Side.HIGH);

    /** Observations from "numerator/denominator" pairs, "-" for a gap, labelled by position. */
    static List<Observation> fractions(String... pairs) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i].equals("-")) {
                observations.add(Observation.missing("p" + i));
            } else {
                String[] parts = pairs[i].split("/");
                observations.add(Observation.of("p" + i, new BigDecimal(parts[0]), new BigDecimal(parts[1])));
            }
        }
        return observations;
    }

    /** Twelve months, six of 100 and six of 400 cases, 600 of 3000 in all: p̄ = 0.2. */
    static List<String> pBaseline() {
        return new ArrayList<>(List.of("20/100", "80/400", "18/100", "84/400", "22/100", "76/400", "20/100",
                "80/400", "16/100", "88/400", "24/100", "72/400"));
    }

    static SpcChart chart(ChartType type, List<Observation> observations, Polarity polarity, RuleSet rules,
            SpcSetup setup) {
        return SpcChart.of(type, observations, polarity, rules, setup);
    }

    static void assertLines(SpcLimits limits, String centre, String lower, String upper, String lowerTwo,
            String upperTwo, String lowerOne, String upperOne) {
        assertThat(limits.centre()).isEqualByComparingTo(centre);
        assertThat(limits.lowerProcess()).isEqualByComparingTo(lower);
        assertThat(limits.upperProcess()).isEqualByComparingTo(upper);
        assertThat(limits.lowerTwoSigma()).isEqualByComparingTo(lowerTwo);
        assertThat(limits.upperTwoSigma()).isEqualByComparingTo(upperTwo);
        assertThat(limits.lowerOneSigma()).isEqualByComparingTo(lowerOne);
        assertThat(limits.upperOneSigma()).isEqualByComparingTo(upperOne);
    }

    @Test
    void p_workedExample_limitsVaryWithTheDenominator() {
        // p̄ = 600 / 3000 = 0.2, p̄(1 − p̄) = 0.16. Denominator 100: σ = √(0.16 / 100) = 0.04, lines
        // 0.2 ± 0.04, ± 0.08, ± 0.12: 0.16 / 0.24, 0.12 / 0.28, 0.08 / 0.32. Denominator 400:
        // σ = √(0.16 / 400) = 0.02: 0.18 / 0.22, 0.16 / 0.24, 0.14 / 0.26.
        SpcChart chart = chart(ChartType.P, fractions(pBaseline().toArray(String[]::new)),
                Polarity.LOWER_IS_BETTER, RuleSet.standard(), SpcSetup.none());
        assertThat(chart.phases().get(0).centre().orElseThrow()).isEqualByComparingTo("0.2");
        assertThat(chart.phases().get(0).meanMovingRange()).isEmpty();
        SpcPoint first = chart.points().get(0);
        assertThat(first.value().orElseThrow()).isEqualByComparingTo("0.2");
        assertThat(first.limits().orElseThrow().sigma()).isEqualByComparingTo("0.04");
        assertLines(first.limits().orElseThrow(), "0.2", "0.08", "0.32", "0.12", "0.28", "0.16", "0.24");
        assertLines(chart.points().get(1).limits().orElseThrow(), "0.2", "0.14", "0.26", "0.16", "0.24", "0.18",
                "0.22");
        assertThat(chart.points().get(2).value().orElseThrow()).isEqualByComparingTo("0.18");
        assertThat(chart.points().get(2).movingRange()).isEmpty();
        assertThat(chart.points()).allSatisfy(point -> assertThat(point.signals()).isEmpty());
        // Assurance on the latest point's lines (denominator 400): 0.14 to 0.26.
        assertThat(chart.assurance(Target.single(new BigDecimal("0.26")))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(chart.assurance(Target.single(new BigDecimal("0.25")))).contains(Assurance.HIT_AND_MISS);
    }

    @Test
    void p_rules_onTheVaryingLimit_justInsideAndJustOutside() {
        // Limits fixed from the twelve months: at a denominator of 100 the upper limit is 0.32, at 400 it is 0.26.
        List<String> pairs = pBaseline();
        pairs.addAll(List.of("32/100", "33/100", "104/400", "105/400"));
        SpcChart chart = chart(ChartType.P, fractions(pairs.toArray(String[]::new)), Polarity.LOWER_IS_BETTER,
                RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false), SpcSetup.none().withBaseline(12));
        assertThat(chart.points().get(12).signals()).isEmpty();
        assertThat(chart.points().get(13).signals()).containsExactly(OUTSIDE_HIGH);
        assertThat(chart.points().get(13).variation()).contains(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart.points().get(13).icon()).contains(VariationIcon.CONCERNING_HIGH);
        assertThat(chart.points().get(14).value().orElseThrow()).isEqualByComparingTo("0.26");
        assertThat(chart.points().get(14).signals()).isEmpty();
        assertThat(chart.points().get(15).value().orElseThrow()).isEqualByComparingTo("0.2625");
        assertThat(chart.points().get(15).signals()).containsExactly(OUTSIDE_HIGH);
    }

    @Test
    void p_multiplier_plotsPercentages() {
        // The same chart times 100: centre 20, at a denominator of 100 the limits 8 and 32.
        SpcChart chart = chart(ChartType.P, fractions(pBaseline().toArray(String[]::new)),
                Polarity.HIGHER_IS_BETTER, RuleSet.standard(), SpcSetup.none().withMultiplier(new BigDecimal("100")));
        SpcPoint first = chart.points().get(0);
        assertThat(first.value().orElseThrow()).isEqualByComparingTo("20");
        assertLines(first.limits().orElseThrow(), "20", "8", "32", "12", "28", "16", "24");
        assertThat(first.limits().orElseThrow().sigma()).isEqualByComparingTo("4");
        assertThat(chart.phases().get(0).centre().orElseThrow()).isEqualByComparingTo("20");
        assertThat(chart.assurance(Target.single(new BigDecimal("14")))).contains(Assurance.CONSISTENTLY_PASSES);
    }

    @Test
    void p_truncatedAtZeroAndOne() {
        // 16 of 20 (four of 4, one 4/4): p̄ = 0.8, σ = √(0.16 / 4) = 0.2: upper lines 1.0, 1.2 and 1.4 are
        // all truncated to 1; lower 0.6, 0.4, 0.2.
        SpcLimits high = chart(ChartType.P, fractions("3/4", "4/4", "3/4", "3/4", "3/4"),
                Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none()).latestLimits().orElseThrow();
        assertLines(high, "0.8", "0.2", "1", "0.4", "1", "0.6", "1");
        assertThat(high.sigma()).isEqualByComparingTo("0.2");
        // 4 of 20: p̄ = 0.2, σ = 0.2: lower lines 0, −0.2 and −0.4 are all 0; upper 0.4, 0.6, 0.8.
        SpcLimits low = chart(ChartType.P, fractions("1/4", "0/4", "1/4", "1/4", "1/4"),
                Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none()).latestLimits().orElseThrow();
        assertLines(low, "0.2", "0", "0.8", "0", "0.6", "0", "0.4");
        // With a multiplier of 100 the ceiling is 100.
        assertThat(chart(ChartType.P, fractions("3/4", "4/4", "3/4", "3/4", "3/4"), Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none().withMultiplier(new BigDecimal("100"))).latestLimits().orElseThrow()
                .upperProcess()).isEqualByComparingTo("100");
    }

    @Test
    void p_recalculationAndExcludedPoint_limitsPerPhase() {
        // Phase 0 (points 0-4): 16 of 20, p̄ = 0.8. Phase 1 from point 5: 4 of 20 without the excluded 4/4
        // (point 10), p̄ = 0.2, σ = 0.2, upper limit 0.8: the excluded 1.0 is judged against it, outside.
        List<Observation> observations = fractions("3/4", "4/4", "3/4", "3/4", "3/4", "1/4", "0/4", "1/4", "1/4",
                "1/4", "4/4");
        SpcChart chart = chart(ChartType.P, observations, Polarity.LOWER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none().withRecalculation(5).withExcluded(10));
        assertThat(chart.phases()).hasSize(2);
        assertThat(chart.phases().get(0).centre().orElseThrow()).isEqualByComparingTo("0.8");
        assertThat(chart.phases().get(1).centre().orElseThrow()).isEqualByComparingTo("0.2");
        assertThat(chart.phases().get(1).calculationPoints()).isEqualTo(5);
        assertThat(chart.points().get(4).limits().orElseThrow().lowerProcess()).isEqualByComparingTo("0.2");
        assertThat(chart.points().get(5).limits().orElseThrow().upperProcess()).isEqualByComparingTo("0.8");
        SpcPoint ghost = chart.points().get(10);
        assertThat(ghost.excluded()).isTrue();
        assertThat(ghost.signals()).contains(OUTSIDE_HIGH);
        assertThat(ghost.variation()).contains(Variation.SPECIAL_CAUSE_CONCERNING);
        // Assurance on the latest phase's lines, 0 to 0.8: a lower-is-better target of 0.8 is met consistently.
        assertThat(chart.assurance(Target.single(new BigDecimal("0.8")))).contains(Assurance.CONSISTENTLY_PASSES);
        assertThat(chart.assurance(Target.single(new BigDecimal("0.79")))).contains(Assurance.HIT_AND_MISS);
    }

    @Test
    void p_badData_failsNamingThePointTheValueAndTheRule() {
        assertThatThrownBy(() -> chart(ChartType.P, fractions("3/4", "5/4"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for numerator of p1 (at most the denominator 4 on a p chart): 5");
        assertThatThrownBy(() -> chart(ChartType.P_PRIME, List.of(Observation.of("Apr-2024", BigDecimal.ONE)),
                Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator of Apr-2024 (required on a p-prime chart): none");
        Observation zero = new Observation("May-2024", Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ZERO));
        assertThatThrownBy(() -> chart(ChartType.U, List.of(zero), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator of May-2024 (must be positive): 0");
        Observation negative = new Observation("Jun-2024", Optional.of(BigDecimal.ONE),
                Optional.of(new BigDecimal("-2")), Optional.of(BigDecimal.TEN));
        assertThatThrownBy(() -> chart(ChartType.P, List.of(negative), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for numerator of Jun-2024 (must not be negative): -2");
        assertThatThrownBy(() -> SpcSetup.none().withMultiplier(BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for multiplier (must be positive): 0");
    }

    @Test
    void p_gapAndNotEnoughData() {
        // A gap is a gap: no value, no lines; the rest are charted.
        SpcChart gap = chart(ChartType.P, fractions("3/4", "-", "4/4", "3/4"), Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none());
        assertThat(gap.points().get(1).value()).isEmpty();
        assertThat(gap.points().get(1).limits()).isEmpty();
        assertThat(gap.points().get(2).limits()).isPresent();
        // Eleven months are fewer than the default twelve.
        List<String> eleven = pBaseline().subList(0, 11);
        SpcChart short11 = chart(ChartType.P, fractions(eleven.toArray(String[]::new)), Polarity.HIGHER_IS_BETTER,
                RuleSet.standard(), SpcSetup.none());
        assertThat(short11.phases().get(0).hasLimits()).isFalse();
        assertThat(short11.points()).allSatisfy(point -> assertThat(point.limits()).isEmpty());
        assertThat(short11.variation()).isEmpty();
    }

    @Test
    void u_workedExample_limitsVaryWithTheDenominatorAndStopAtZero() {
        // 3000 events over 750 units: ū = 4. Exposure 100: σ = √(4 / 100) = 0.2, limits 3.4 and 4.6;
        // exposure 25: σ = √(4 / 25) = 0.4, limits 2.8 and 5.2. A numerator may exceed its denominator.
        List<String> pairs = new ArrayList<>(List.of("400/100", "100/25", "420/100", "110/25", "380/100", "90/25",
                "410/100", "105/25", "390/100", "95/25", "400/100", "100/25"));
        pairs.addAll(List.of("130/25", "131/25"));
        SpcChart chart = chart(ChartType.U, fractions(pairs.toArray(String[]::new)), Polarity.HIGHER_IS_BETTER,
                RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false), SpcSetup.none().withBaseline(12));
        assertLines(chart.points().get(0).limits().orElseThrow(), "4", "3.4", "4.6", "3.6", "4.4", "3.8", "4.2");
        assertLines(chart.points().get(1).limits().orElseThrow(), "4", "2.8", "5.2", "3.2", "4.8", "3.6", "4.4");
        // 130 / 25 = 5.2, on the limit: not outside; 131 / 25 = 5.24, just outside.
        assertThat(chart.points().get(12).signals()).isEmpty();
        assertThat(chart.points().get(13).signals()).containsExactly(OUTSIDE_HIGH);
        assertThat(chart.points().get(13).icon()).contains(VariationIcon.IMPROVING_HIGH);
        // ū = 1 / 2 = 0.5 at an exposure of 2: σ = 0.5, lower lines −1, −0.5, 0 are 0; upper 2, 1.5, 1.
        SpcLimits low = chart(ChartType.U, fractions("1/2", "0/2", "1/2", "2/2"), Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none()).latestLimits().orElseThrow();
        assertLines(low, "0.5", "0", "2", "0", "1.5", "0", "1");
    }

    @Test
    void pPrime_workedExample_sigmaWidenedByTheZScores() {
        // p̄ = 300 / 1500 = 0.2; σ_i = 0.04 (100 cases) or 0.02 (400). The proportions 0.24, 0.18, 0.16,
        // 0.22, 0.2, 0.2 give z = 1, −1, −1, 1, 0, 0; moving ranges 2, 0, 2, 1, 0: MR̄_z = 1;
        // σ_z = 1 / 1.128 = 0.8865248226950355. At 100 cases σ = 0.04 × σ_z = 0.03546099290780142, limits
        // 0.2 ± 0.10638297872340426 = 0.09361702127659574 and 0.30638297872340426, two sigma 0.27092198581560284;
        // at 400, σ = 0.01773049645390071, limits 0.14680851063829787 and 0.25319148936170213.
        SpcChart chart = chart(ChartType.P_PRIME, fractions("24/100", "72/400", "16/100", "88/400", "20/100",
                "80/400"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH, SpcSetup.none());
        SpcPhase phase = chart.phases().get(0);
        assertThat(phase.meanMovingRange().orElseThrow()).isEqualByComparingTo("1");
        assertThat(phase.movingRanges()).isEqualTo(5);
        assertThat(chart.points().get(1).movingRange().orElseThrow()).isEqualByComparingTo("2");
        SpcLimits hundred = chart.points().get(0).limits().orElseThrow();
        assertThat(hundred.sigma()).isEqualByComparingTo("0.03546099290780142");
        assertThat(hundred.lowerProcess()).isEqualByComparingTo("0.09361702127659574");
        assertThat(hundred.upperProcess()).isEqualByComparingTo("0.30638297872340426");
        assertThat(hundred.upperTwoSigma()).isEqualByComparingTo("0.27092198581560284");
        SpcLimits four = chart.points().get(1).limits().orElseThrow();
        assertThat(four.lowerProcess()).isEqualByComparingTo("0.14680851063829787");
        assertThat(four.upperProcess()).isEqualByComparingTo("0.25319148936170213");
        // Judged against the varying limit: at 400 cases 101 (0.2525) is inside, 102 (0.255) outside.
        List<Observation> more = new ArrayList<>(fractions("24/100", "72/400", "16/100", "88/400", "20/100",
                "80/400"));
        more.addAll(fractions("101/400", "102/400").stream()
                .map(o -> new Observation("n" + o.label(), o.value(), o.numerator(), o.denominator())).toList());
        SpcChart judged = chart(ChartType.P_PRIME, more, Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH.withRule(SpcRule.TWO_OF_THREE, false), SpcSetup.none().withBaseline(6));
        assertThat(judged.points().get(6).signals()).isEmpty();
        assertThat(judged.points().get(7).signals()).containsExactly(OUTSIDE_HIGH);
    }

    @Test
    void uPrime_workedExample() {
        // ū = 1000 / 250 = 4; σ_i = 0.2 (100) or 0.4 (25). Rates 4.2, 3.6, 3.8, 4.4: z = 1, −1, −1, 1;
        // moving ranges 2, 0, 2: MR̄_z = 4 / 3 = 1.333333333333333; σ_z = that / 1.128 = 1.182033096926714.
        // At 100: σ = 0.2364066193853428, limits 3.2907801418439716 and 4.7092198581560284; at 25:
        // σ = 0.4728132387706856, limits 2.5815602836879432 and 5.4184397163120568.
        SpcChart chart = chart(ChartType.U_PRIME, fractions("420/100", "90/25", "380/100", "110/25"),
                Polarity.LOWER_IS_BETTER, ANY_LENGTH, SpcSetup.none());
        assertThat(chart.phases().get(0).meanMovingRange().orElseThrow()).isEqualByComparingTo("1.333333333333333");
        SpcLimits hundred = chart.points().get(0).limits().orElseThrow();
        assertThat(hundred.sigma()).isEqualByComparingTo("0.2364066193853428");
        assertThat(hundred.lowerProcess()).isEqualByComparingTo("3.2907801418439716");
        assertThat(hundred.upperProcess()).isEqualByComparingTo("4.7092198581560284");
        SpcLimits quarter = chart.points().get(1).limits().orElseThrow();
        assertThat(quarter.lowerProcess()).isEqualByComparingTo("2.5815602836879432");
        assertThat(quarter.upperProcess()).isEqualByComparingTo("5.4184397163120568");
    }

    @Test
    void laney_noMovingRange_isNotEnoughData_andAConstantProportionCollapsesTheLines() {
        // Two values either side of a gap: no moving range, so no σ_z.
        assertThat(chart(ChartType.P_PRIME, fractions("1/4", "-", "2/4"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none()).latestLimits()).isEmpty();
        // p̄ = 0: every line is the centre, 0.
        SpcLimits zero = chart(ChartType.P_PRIME, fractions("0/4", "0/5", "0/6"), Polarity.LOWER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none()).latestLimits().orElseThrow();
        assertLines(zero, "0", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void c_workedExample_truncatedAtZero() {
        // Twelve counts summing to 108: c̄ = 9, σ = √9 = 3: limits 0 and 18, two sigma 3 and 15, one sigma 6 and 12.
        List<Observation> counts = XmrTest.series("9", "6", "12", "9", "10", "8", "7", "11", "9", "9", "12", "6",
                "18", "19");
        SpcChart chart = chart(ChartType.C, counts, Polarity.LOWER_IS_BETTER,
                RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false), SpcSetup.none().withBaseline(12));
        assertLines(chart.latestLimits().orElseThrow(), "9", "0", "18", "3", "15", "6", "12");
        assertThat(chart.points().get(12).signals()).isEmpty();
        assertThat(chart.points().get(13).signals()).containsExactly(OUTSIDE_HIGH);
        assertThat(chart.variationIcon()).contains(VariationIcon.CONCERNING_HIGH);
        // c̄ = 4, σ = 2: the lower limit 4 − 6 and the two-sigma line 0 are 0, one sigma 2.
        assertLines(chart(ChartType.C, XmrTest.series("3", "5", "4", "4"), Polarity.LOWER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none()).latestLimits().orElseThrow(), "4", "0", "10", "0", "8", "2", "6");
        assertThatThrownBy(() -> chart(ChartType.C, XmrTest.series("3", "-1"), Polarity.LOWER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for count of p1 (must not be negative on a c chart): -1");
    }

    @Test
    void g_workedExample_meanForTheLimitsMedianForTheCentre() {
        // Twelve gaps summing to 96: ḡ = 8, σ = √(8 × 9) = √72 = 8.485281374238570; upper lines
        // 8 + σ = 16.48528137423857, 8 + 2σ = 24.97056274847714, 8 + 3σ = 33.45584412271571; lower lines
        // all 0 (8 − σ < 0). Sorted: 1 2 3 4 5 6 7 8 10 14 16 20, median (6 + 7) / 2 = 6.5, the centre line.
        List<String> values = new ArrayList<>(List.of("2", "5", "20", "1", "8", "3", "14", "6", "4", "10", "7",
                "16"));
        values.addAll(List.of("33", "34"));
        SpcChart chart = chart(ChartType.G, XmrTest.series(values.toArray(String[]::new)),
                Polarity.HIGHER_IS_BETTER, RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false),
                SpcSetup.none().withBaseline(12));
        SpcLimits limits = chart.latestLimits().orElseThrow();
        assertLines(limits, "6.5", "0", "33.45584412271571", "0", "24.97056274847714", "0", "16.48528137423857");
        assertThat(limits.sigma()).isEqualByComparingTo("8.485281374238570");
        assertThat(chart.phases().get(0).centre().orElseThrow()).isEqualByComparingTo("6.5");
        assertThat(chart.points().get(12).signals()).isEmpty();
        assertThat(chart.points().get(13).signals()).containsExactly(OUTSIDE_HIGH);
        assertThat(chart.variation()).contains(Variation.SPECIAL_CAUSE_IMPROVING);
        // A run is judged against the median: seven 6s are below 6.5 (though not below the mean of 8).
        List<String> run = new ArrayList<>(values.subList(0, 12));
        run.addAll(List.of("6", "6", "6", "6", "6", "6", "6"));
        SpcChart low = chart(ChartType.G, XmrTest.series(run.toArray(String[]::new)), Polarity.HIGHER_IS_BETTER,
                RuleSet.standard(), SpcSetup.none().withBaseline(12));
        assertThat(low.latest().orElseThrow().signals()).containsExactly(new Signal(SpcRule.RUN, Side.LOW));
        assertThat(low.variationIcon()).contains(VariationIcon.CONCERNING_LOW);
        // An odd count's median is the middle value (the even case, 6.5, is above).
        assertThat(chart(ChartType.G, XmrTest.series("1", "9", "2"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none()).latestLimits().orElseThrow().centre()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> chart(ChartType.G, XmrTest.series("-3"), Polarity.HIGHER_IS_BETTER, ANY_LENGTH,
                SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for opportunities between events of p0 (must not be negative on a g chart): -3");
    }

    @Test
    void t_workedExample_xmrOnTheTransformedTimes() {
        // Twelve times alternating 1 and 0 days: y = t^(1/3.6) alternates 1 and 0. XmR on y: ȳ = 0.5, MR̄ = 1,
        // 2.66 × 1 = 2.66, σ_y = 0.8866666666666667. Lines on y: 3.16, 2.273333333333333, 1.386666666666667,
        // centre 0.5, lower lines below 0. Back by y^3.6: 3.16^3.6 = 62.93228451480407,
        // 2.273333333333333^3.6 = 19.23035190978641, 1.386666666666667^3.6 = 3.244139144388951,
        // 0.5^3.6 = 0.08246924442330589 (to 10 places below); the lower lines 0.
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add("1");
            values.add("0");
        }
        values.addAll(List.of("62", "63"));
        SpcChart chart = chart(ChartType.T, XmrTest.series(values.toArray(String[]::new)),
                Polarity.HIGHER_IS_BETTER, RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false),
                SpcSetup.none().withBaseline(12));
        SpcLimits limits = chart.latestLimits().orElseThrow();
        assertThat(tenPlaces(limits.upperProcess())).isEqualByComparingTo("62.9322845148");
        assertThat(tenPlaces(limits.upperTwoSigma())).isEqualByComparingTo("19.2303519098");
        assertThat(tenPlaces(limits.upperOneSigma())).isEqualByComparingTo("3.2441391444");
        assertThat(tenPlaces(limits.centre())).isEqualByComparingTo("0.0824692444");
        assertThat(limits.lowerProcess()).isEqualByComparingTo("0");
        assertThat(limits.lowerTwoSigma()).isEqualByComparingTo("0");
        assertThat(limits.lowerOneSigma()).isEqualByComparingTo("0");
        assertThat(limits.sigma()).isEqualByComparingTo("0.8866666666666667");
        assertThat(chart.phases().get(0).meanMovingRange().orElseThrow()).isEqualByComparingTo("1");
        assertThat(chart.points().get(12).value().orElseThrow()).isEqualByComparingTo("62");
        assertThat(chart.points().get(12).signals()).isEmpty();
        assertThat(chart.points().get(13).signals()).containsExactly(OUTSIDE_HIGH);
        assertThatThrownBy(() -> chart(ChartType.T, XmrTest.series("2", "-0.5"), Polarity.HIGHER_IS_BETTER,
                ANY_LENGTH, SpcSetup.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for time between events of p1 (must not be negative on a t chart): -0.5");
    }

    @Test
    void t_transform_exactOnPowers() {
        // 2^18 = 262144: 262144^(1/3.6) = (2^18)^(5/18) = 2^5 = 32, and 32^3.6 = 2^18 again.
        assertThat(TMethod.transform(new BigDecimal("262144"))).isEqualByComparingTo("32");
        assertThat(TMethod.back(new BigDecimal("32"))).isEqualByComparingTo("262144");
        assertThat(TMethod.transform(BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(TMethod.back(new BigDecimal("-1"))).isEqualByComparingTo("0");
    }

    private static BigDecimal tenPlaces(BigDecimal value) {
        return value.setScale(10, RoundingMode.HALF_UP);
    }
}
