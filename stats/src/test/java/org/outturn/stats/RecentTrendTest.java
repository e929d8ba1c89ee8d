package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.Fraction;
import org.outturn.core.Polarity;

final class RecentTrendTest {

    private static List<Optional<Fraction>> of100(int... counts) {
        List<Optional<Fraction>> series = new ArrayList<>();
        for (int count : counts) {
            series.add(count < 0 ? Optional.empty() : Optional.of(Fraction.of(count, 100)));
        }
        return series;
    }

    /**
     * 10, 20, 30, 40, 50 of 100 each: N = 500, p = 0.3, sum(i O) = 550, sum(i n) = 1500, T = 550 - 450 = 100;
     * sum(i^2 n) = 5500, V = 0.21 (5500 - 1500^2 / 500) = 210; chi^2 = 10000 / 210 = 47.619.
     */
    @Test
    void of_steepRise_isIncreasing() {
        RecentTrend trend = RecentTrend.of(of100(10, 20, 30, 40, 50), Confidence.NINETY_NINE_POINT_EIGHT);
        assertThat(trend.movement()).isEqualTo(Movement.INCREASING);
        assertThat(trend.chiSquared().getAsDouble()).isCloseTo(10000.0 / 210, within(1e-9));
        assertThat(trend.movement().wording(Polarity.LOWER_IS_BETTER)).isEqualTo("Increasing and getting worse");
        assertThat(trend.movement().wording(Polarity.HIGHER_IS_BETTER)).isEqualTo("Increasing and getting better");
        assertThat(trend.movement().wording(Polarity.NONE)).isEqualTo("Increasing");
        assertThat(RecentTrend.of(of100(50, 40, 30, 20, 10), Confidence.NINETY_NINE_POINT_EIGHT).movement()
                .wording(Polarity.LOWER_IS_BETTER)).isEqualTo("Decreasing and getting better");
    }

    /**
     * 24, 27, 30, 33, 36 of 100: p = 0.3, sum(i O) = 480, T = 30, V = 210, chi^2 = 900 / 210 = 4.286, p = 0.038:
     * significant at 95% (critical 3.841), not at 99.8% (critical 9.550).
     */
    @Test
    void of_gentleRise_dependsOnTheLevel() {
        assertThat(RecentTrend.of(of100(24, 27, 30, 33, 36), Confidence.NINETY_FIVE).movement())
                .isEqualTo(Movement.INCREASING);
        RecentTrend strict = RecentTrend.of(of100(24, 27, 30, 33, 36), Confidence.NINETY_NINE_POINT_EIGHT);
        assertThat(strict.movement()).isEqualTo(Movement.NO_SIGNIFICANT_CHANGE);
        assertThat(strict.pValue().getAsDouble()).isCloseTo(0.03843, within(1e-4));
        assertThat(strict.movement().wording(Polarity.HIGHER_IS_BETTER)).isEqualTo("No significant change");
    }

    /** Only the last five points count: an early outlier changes nothing. */
    @Test
    void of_longerSeries_usesTheLastFive() {
        assertThat(RecentTrend.of(of100(99, 30, 30, 30, 30, 30), Confidence.NINETY_FIVE).movement())
                .isEqualTo(Movement.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void of_cannotBeCalculated_saysWhy() {
        assertThat(RecentTrend.of(of100(1, 2, 3), Confidence.NINETY_FIVE).reason())
                .contains("the test needs 5 points, not 3");
        RecentTrend gap = RecentTrend.of(of100(1, 2, -1, 4, 5), Confidence.NINETY_FIVE);
        assertThat(gap.movement()).isEqualTo(Movement.CANNOT_BE_CALCULATED);
        assertThat(gap.reason()).contains("point 3 of the last 5 has no value");
        assertThat(gap.chiSquared()).isEmpty();
        assertThat(RecentTrend.of(of100(0, 0, 0, 0, 0), Confidence.NINETY_FIVE).reason())
                .contains("no point has any events");
        assertThat(RecentTrend.of(of100(100, 100, 100, 100, 100), Confidence.NINETY_FIVE)).hasToString(
                "Cannot be calculated at 95%: every point's count is its denominator");
    }

    @Test
    void of_numeratorAboveDenominator_isRefused() {
        assertThatThrownBy(() -> RecentTrend.of(of100(1, 2, 101, 4, 5), Confidence.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for point 3 (numerator must not exceed denominator): 101/100");
    }

    private static Optional<ConfidenceInterval> interval(String lower, String upper) {
        return Optional.of(ConfidenceInterval.of(new BigDecimal(lower), new BigDecimal(upper)));
    }

    /** Touching limits overlap; just apart they do not. */
    @Test
    void twoPoint_comparesIntervalsExactly() {
        assertThat(TwoPointComparison.of(interval("7.4", "12.2"), interval("12.21", "14")).movement())
                .isEqualTo(Movement.INCREASING);
        assertThat(TwoPointComparison.of(interval("7.4", "12.2"), interval("5", "7.39")).movement())
                .isEqualTo(Movement.DECREASING);
        assertThat(TwoPointComparison.of(interval("7.4", "12.2"), interval("12.2", "14")))
                .hasToString("Cannot be calculated: the intervals overlap (7.4 - 12.2 and 12.2 - 14)");
        assertThat(TwoPointComparison.of(Optional.empty(), interval("1", "2")).reason())
                .contains("no confidence interval for the earlier period");
        assertThat(TwoPointComparison.of(interval("1", "2"), Optional.empty()).movement())
                .isEqualTo(Movement.CANNOT_BE_CALCULATED);
    }
}
