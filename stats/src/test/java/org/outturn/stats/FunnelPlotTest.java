package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.Fraction;

final class FunnelPlotTest {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    /** Two areas: 200 of 400 and 300 of 600, so the average is 500 / 1000 = 0.5. */
    private static final FunnelPlot HALF = FunnelPlot.proportions(List.of(Fraction.of(200, 400),
            Fraction.of(300, 600)), PERCENT);

    private static void assertLimits(ConfidenceInterval limits, double lower, double upper) {
        assertThat(limits.lowerInclusive().doubleValue()).isCloseTo(lower, within(1e-9));
        assertThat(limits.upperInclusive().doubleValue()).isCloseTo(upper, within(1e-9));
    }

    /**
     * At n = 400 around p = 0.5: p +/- z sqrt(0.25 / 400) = 0.5 +/- 0.025 z; z = 1.959963985 (95%) gives
     * 45.10009004 - 54.89990996%, z = 3.090232306 (99.8%) gives 42.27441923 - 57.72558077%.
     */
    @Test
    void limits_proportions_areWilsonAroundTheAverage() {
        assertThat(HALF.method()).isEqualTo(FunnelMethod.PROPORTION_WILSON);
        assertThat(HALF.baseline()).isEqualByComparingTo("50");
        assertLimits(HALF.limits(BigDecimal.valueOf(400), Confidence.NINETY_FIVE), 45.10009003864987,
                54.89990996135013);
        assertLimits(HALF.limits(BigDecimal.valueOf(400), Confidence.NINETY_NINE_POINT_EIGHT), 42.27441923458047,
                57.72558076541954);
    }

    /** The funnel narrows as the denominator grows, and 99.8% is wider than 95%. */
    @Test
    void limits_growingDenominator_narrowAndNested() {
        ConfidenceInterval previous = null;
        for (int n = 1; n <= 100_000; n *= 3) {
            ConfidenceInterval narrow = HALF.limits(BigDecimal.valueOf(n), Confidence.NINETY_FIVE);
            ConfidenceInterval wide = HALF.limits(BigDecimal.valueOf(n), Confidence.NINETY_NINE_POINT_EIGHT);
            assertThat(wide.contains(narrow)).isTrue();
            assertThat(narrow.contains(HALF.baseline())).isTrue();
            if (previous != null) {
                assertThat(previous.contains(narrow)).isTrue();
            }
            previous = narrow;
        }
        // clipped to 0 - 100% for a tiny denominator
        assertLimits(HALF.limits(BigDecimal.ONE, Confidence.NINETY_NINE_POINT_EIGHT), 0, 100);
    }

    /** 260/400 = 65% is above 57.73 (99.8%); 220/400 = 55% is between 54.90 and 57.73; 50% within. */
    @Test
    void significance_proportions_byBothLevels() {
        assertThat(HALF.significance(Fraction.of(260, 400))).isEqualTo(FunnelSignificance.HIGH_99_8);
        assertThat(HALF.significance(Fraction.of(220, 400))).isEqualTo(FunnelSignificance.HIGH_95);
        assertThat(HALF.significance(Fraction.of(200, 400))).isEqualTo(FunnelSignificance.NOT_SIGNIFICANT);
        assertThat(HALF.significance(Fraction.of(180, 400))).isEqualTo(FunnelSignificance.LOW_95);
        assertThat(HALF.significance(Fraction.of(140, 400))).isEqualTo(FunnelSignificance.LOW_99_8);
        assertThat(FunnelSignificance.HIGH_95.displayName()).isEqualTo("High (0.025)");
    }

    /**
     * Ratios around 1 at E = 20 expected (Byars): lower 20 (1 - 1/180 - z/(3 sqrt 20))^3 / 20 = 0.6105714417,
     * upper 21 (1 - 1/189 + z/(3 sqrt 21))^3 / 20 = 1.544494018 at 95%; times the multiplier 100.
     */
    @Test
    void limits_ratios_arePoissonAroundOne() {
        FunnelPlot plot = FunnelPlot.ratios(List.of(Fraction.of(25, 20), Fraction.of(8, 12)), PERCENT);
        assertThat(plot.baseline()).isEqualByComparingTo("100");
        assertLimits(plot.limits(BigDecimal.valueOf(20), Confidence.NINETY_FIVE), 61.05714417437967,
                154.4494018459853);
        assertThat(plot.significance(Fraction.of(25, 20))).isEqualTo(FunnelSignificance.NOT_SIGNIFICANT);
        assertThat(plot.significance(Fraction.of(40, 20))).isEqualTo(FunnelSignificance.HIGH_99_8);
    }

    /** Rates: 30 events in 100,000 and 10 in 100,000 average 20 per 100,000; at 100,000 the expected count is 20. */
    @Test
    void limits_rates_arePoissonAroundTheAverageRate() {
        FunnelPlot plot = FunnelPlot.rates(List.of(Fraction.of(30, 100_000), Fraction.of(10, 100_000)),
                BigDecimal.valueOf(100_000));
        assertThat(plot.baseline()).isEqualByComparingTo("20");
        assertLimits(plot.limits(BigDecimal.valueOf(100_000), Confidence.NINETY_FIVE), 12.211428834875934,
                30.88988036919706);
    }

    /**
     * 100 points from 300 (the largest denominator, 600, is not more than twice the smallest, 400, so the
     * axis starts at 95% of 400 = 380 rounded down at its leading digit) to 105% of 600, 630.
     */
    @Test
    void denominators_asPheFunnelsSpacesThem() {
        List<BigDecimal> points = HALF.denominators(100);
        assertThat(points).hasSize(100);
        assertThat(points.get(0)).isEqualByComparingTo("300");
        assertThat(points.get(99)).isEqualByComparingTo("630");
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i)).isGreaterThan(points.get(i - 1));
        }
    }

    @Test
    void badInput_isRefusedWithItsRule() {
        assertThatThrownBy(() -> FunnelPlot.proportions(List.of(Fraction.of(1, 2), Fraction.of(12, 10)), PERCENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for area 2 (numerator must not exceed denominator): 12/10");
        assertThatThrownBy(() -> FunnelPlot.proportions(List.of(), PERCENT))
                .hasMessage("Invalid value for areas (at least one area): none");
        assertThatThrownBy(() -> FunnelPlot.proportions(List.of(Fraction.of(1, 2)), BigDecimal.ZERO))
                .hasMessage("Invalid value for multiplier (must be positive): 0");
        assertThatThrownBy(() -> HALF.limits(BigDecimal.ZERO, Confidence.NINETY_FIVE))
                .hasMessage("Invalid value for denominator (must be positive): 0");
        assertThatThrownBy(() -> HALF.denominators(1)).hasMessage("Invalid value for points (valid values 2 or more): 1");
    }
}
