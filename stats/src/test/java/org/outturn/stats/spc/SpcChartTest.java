package org.outturn.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outturn.core.Fraction;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Unit;

/** The chart shape shared by every chart type; XmR's arithmetic and rules are in {@link XmrTest}. */
final class SpcChartTest {

    @Test
    void chartType_codesAndNames() {
        assertThat(Arrays.stream(ChartType.values()).map(ChartType::code).collect(Collectors.toList()))
                .containsExactly("xmr", "p", "p-prime", "u", "u-prime", "c", "g", "t");
        for (ChartType type : ChartType.values()) {
            assertThat(ChartType.ofCode(type.code())).isSameAs(type);
            assertThat(type.displayName()).isNotBlank();
        }
        assertThat(Arrays.stream(ChartType.values()).filter(ChartType::needsDenominator))
                .containsExactly(ChartType.P, ChartType.P_PRIME, ChartType.U, ChartType.U_PRIME);
        assertThat(ChartType.P_PRIME.displayName()).isEqualTo("Laney p′ chart (proportions, over-dispersion adjusted)");
    }

    @Test
    void chartType_unknownCode_listsTheCodes() {
        assertThatThrownBy(() -> ChartType.ofCode("P")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown SPC chart type: 'P' (available: [xmr, p, p-prime, u, u-prime, c, g, t])");
        assertThatThrownBy(() -> ChartType.ofCode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void variationIcon_ofEachVariationAndSide() {
        assertThat(VariationIcon.of(Variation.COMMON_CAUSE, Side.HIGH)).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(VariationIcon.of(Variation.COMMON_CAUSE, Side.LOW)).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_IMPROVING, Side.HIGH)).isEqualTo(VariationIcon.IMPROVING_HIGH);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_IMPROVING, Side.LOW)).isEqualTo(VariationIcon.IMPROVING_LOW);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_CONCERNING, Side.HIGH))
                .isEqualTo(VariationIcon.CONCERNING_HIGH);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_CONCERNING, Side.LOW)).isEqualTo(VariationIcon.CONCERNING_LOW);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_NEUTRAL, Side.HIGH)).isEqualTo(VariationIcon.NEITHER_HIGH);
        assertThat(VariationIcon.of(Variation.SPECIAL_CAUSE_NEUTRAL, Side.LOW)).isEqualTo(VariationIcon.NEITHER_LOW);
        assertThat(VariationIcon.COMMON_CAUSE.letter()).isEmpty();
        assertThat(VariationIcon.COMMON_CAUSE.colour()).isEqualTo("grey");
        assertThat(VariationIcon.IMPROVING_LOW.letter()).contains("L");
        assertThat(VariationIcon.IMPROVING_LOW.colour()).isEqualTo("blue");
        assertThat(VariationIcon.CONCERNING_HIGH.letter()).contains("H");
        assertThat(VariationIcon.CONCERNING_HIGH.colour()).isEqualTo("orange");
        assertThat(VariationIcon.NEITHER_HIGH.colour()).isEqualTo("purple");
        assertThat(VariationIcon.NEITHER_LOW.side()).contains(Side.LOW);
        assertThat(VariationIcon.IMPROVING_HIGH.displayName()).isEqualTo("Special cause improving (high)");
        assertThat(VariationIcon.IMPROVING_HIGH.meaning()).isEqualTo("A real change for the better: higher values");
        assertThatThrownBy(() -> VariationIcon.of(null, Side.HIGH)).hasMessage("variation");
        assertThatThrownBy(() -> VariationIcon.of(Variation.COMMON_CAUSE, null)).hasMessage("side");
    }

    @Test
    void points_carryTheirIcon_byPolarityAndSide() {
        // The twelve baseline points of XmrTest (mean 10, limits 2.02 and 17.98), then 18 and 1.
        List<String> values = XmrTest.baseline();
        values.add("18");
        values.add("1");
        List<Observation> series = XmrTest.series(values.toArray(String[]::new));
        RuleSet rules = RuleSet.standard().withRule(SpcRule.TWO_OF_THREE, false);
        SpcSetup setup = SpcSetup.none().withBaseline(12);
        SpcChart higher = SpcChart.of(ChartType.XMR, series, Polarity.HIGHER_IS_BETTER, rules, setup);
        assertThat(higher.points().get(0).icon()).contains(VariationIcon.COMMON_CAUSE);
        assertThat(higher.points().get(12).icon()).contains(VariationIcon.IMPROVING_HIGH);
        assertThat(higher.points().get(13).icon()).contains(VariationIcon.CONCERNING_LOW);
        assertThat(higher.variationIcon()).contains(VariationIcon.CONCERNING_LOW);
        SpcChart lower = SpcChart.of(ChartType.XMR, series, Polarity.LOWER_IS_BETTER, rules, setup);
        assertThat(lower.points().get(12).icon()).contains(VariationIcon.CONCERNING_HIGH);
        assertThat(lower.variationIcon()).contains(VariationIcon.IMPROVING_LOW);
        SpcChart none = SpcChart.of(ChartType.XMR, series, Polarity.NONE, rules, setup);
        assertThat(none.points().get(12).icon()).contains(VariationIcon.NEITHER_HIGH);
        assertThat(none.variationIcon()).contains(VariationIcon.NEITHER_LOW);
        assertThat(higher.type()).isEqualTo(ChartType.XMR);
        assertThat(higher.setup()).isEqualTo(setup);
        assertThat(higher).hasToString("SpcChart[xmr, 14 points, 1 phases, custom]");
    }

    @Test
    void points_gapAndNotEnoughData_haveNoLimitsAndNoIcon() {
        SpcChart chart = SpcChart.of(XmrTest.series("1", "-", "2"), Polarity.HIGHER_IS_BETTER);
        assertThat(chart.points()).allSatisfy(point -> {
            assertThat(point.limits()).isEmpty();
            assertThat(point.icon()).isEmpty();
        });
        assertThat(chart.variationIcon()).isEmpty();
        assertThat(chart.phases().get(0).centre()).isEmpty();
        assertThat(chart.phases().get(0).meanMovingRange()).isEmpty();
    }

    @Test
    void neutralPointWithSignalsOnBothSides_takesTheSideOfTheCentreItIsOn() {
        // As XmrTest's conflict case: a run above the mean (high) that falls each month (a trend, low).
        List<String> values = XmrTest.baseline();
        values.addAll(List.of("17", "16", "15", "14", "13", "12", "11.5"));
        SpcChart chart = SpcChart.of(ChartType.XMR, XmrTest.series(values.toArray(String[]::new)),
                Polarity.WITHIN_BAND, RuleSet.standard(), SpcSetup.none().withBaseline(12));
        assertThat(chart.latest().orElseThrow().signals()).extracting(Signal::side).containsExactly(Side.HIGH, Side.LOW);
        assertThat(chart.variationIcon()).contains(VariationIcon.NEITHER_HIGH);
    }

    @Test
    void observation_ofNumeratorAndDenominator() {
        Observation observation = Observation.of("Apr-24", new BigDecimal("104"), new BigDecimal("7042"));
        assertThat(observation.numerator()).contains(new BigDecimal("104"));
        assertThat(observation.denominator()).contains(new BigDecimal("7042"));
        // 104 / 7042 = 0.01476853166714002 (rounded to 16 significant digits)
        assertThat(observation.value()).contains(new BigDecimal("0.01476853166714002"));
        assertThat(Observation.of("x", BigDecimal.ONE).denominator()).isEmpty();
        assertThat(Observation.missing("x").isGap()).isTrue();
    }

    @Test
    void observation_badNumeratorOrDenominator_failsNamingTheLabel() {
        assertThatThrownBy(() -> Observation.of("Apr-24", BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator of Apr-24 (must be positive): 0");
        assertThatThrownBy(() -> Observation.of("Apr-24", new BigDecimal("-1"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for numerator of Apr-24 (must not be negative): -1");
        assertThatThrownBy(() -> new Observation("Apr-24", Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator of Apr-24 (present exactly when the numerator is): none");
        assertThatThrownBy(() -> new Observation("Apr-24", Optional.empty(), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.TEN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for value of Apr-24 (present when a numerator and denominator are): none");
        assertThatThrownBy(() -> Observation.of("x", null, BigDecimal.ONE)).hasMessage("numerator");
        assertThatThrownBy(() -> Observation.of("x", BigDecimal.ONE, null)).hasMessage("denominator");
    }

    @Test
    void observation_fromOutturn_takesItsFraction() {
        Outturn outturn = Outturn.ofFraction(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3"),
                Fraction.of(96, 7132), Unit.percentage(1));
        Observation observation = Observation.from(outturn);
        assertThat(observation.label()).isEqualTo("Jun-2022");
        assertThat(observation.value()).contains(new BigDecimal("1.3"));
        assertThat(observation.numerator()).contains(new BigDecimal("96"));
        assertThat(observation.denominator()).contains(new BigDecimal("7132"));
        Observation plain = Observation.from(Outturn.of(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3")));
        assertThat(plain.denominator()).isEmpty();
        Observation gap = Observation.from(Outturn.missing(ReportingMonth.parse("Jun-22"), MissingReason.SUPPRESSED));
        assertThat(gap.isGap()).isTrue();
        assertThat(gap.numerator()).isEmpty();
    }

    @Test
    void limits_sideAccessors() {
        SpcLimits limits = SpcChart.of(ChartType.XMR, XmrTest.series("10", "12", "11", "13", "12"),
                Polarity.HIGHER_IS_BETTER, RuleSet.standard().withMinimumPoints(2), SpcSetup.none())
                .latestLimits().orElseThrow();
        assertThat(limits.processLimit(Side.HIGH)).isEqualByComparingTo("15.59");
        assertThat(limits.processLimit(Side.LOW)).isEqualByComparingTo("7.61");
        assertThat(limits.twoSigma(Side.HIGH)).isEqualByComparingTo("14.26");
        assertThat(limits.twoSigma(Side.LOW)).isEqualByComparingTo("8.94");
        assertThat(limits.oneSigma(Side.HIGH)).isEqualByComparingTo("12.93");
        assertThat(limits.oneSigma(Side.LOW)).isEqualByComparingTo("10.27");
        assertThatThrownBy(() -> limits.oneSigma(null)).hasMessage("side");
    }

    @Test
    void of_nullType_failsWithItsName() {
        assertThatThrownBy(() -> SpcChart.of(null, List.of(), Polarity.NONE, RuleSet.standard(), SpcSetup.none()))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
    }
}
