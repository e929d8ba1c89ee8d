package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MeansTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    // 1, 2, 3, 4, 5: mean 3, s = sqrt(10 / 4) = 1.581139, s / sqrt 5 = 0.707107;
    // t(0.975; 4) = 2.776445: 3 -/+ 1.963243 = 1.036757 - 4.963243;
    // t(0.999; 4) = 7.173182: 3 -/+ 5.072206 = -2.072206 - 8.072206.
    @Test
    void studentT_oneToFive_givesWorkedLimits() {
        Estimate estimate = Means.studentT(values("1", "2", "3", "4", "5"), NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.STUDENT_T);
        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(estimate.numerator()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(estimate.denominator()).hasValue(BigDecimal.valueOf(5));
        Expect.limits(estimate, NINETY_FIVE, 1.0367568385224428, 4.963243161477557);
        Expect.limits(estimate, NINETY_NINE_POINT_EIGHT, -2.0722057902948414, 8.072205790294841);
    }

    @Test
    void studentT_equalValues_givesTheMeanAlone() {
        Estimate estimate = Means.studentT(values("0.1", "0.1", "0.1"), NINETY_FIVE);

        assertThat(estimate.interval(NINETY_FIVE).orElseThrow().lowerInclusive()).isEqualByComparingTo("0.1");
        assertThat(estimate.interval(NINETY_FIVE).orElseThrow().upperInclusive()).isEqualByComparingTo("0.1");
    }

    @Test
    void studentT_oneValue_isNotComputable() {
        assertThat(Means.studentT(values("4.2"), NINETY_FIVE).notComputable()).hasValue(NotComputableReason.TOO_FEW_VALUES);
        assertThat(Means.studentT(List.of(), NINETY_FIVE).notComputable()).hasValue(NotComputableReason.TOO_FEW_VALUES);
    }

    @Test
    void studentT_missingValue_failsWithItsName() {
        List<BigDecimal> withMissing = Arrays.asList(BigDecimal.ONE, null);

        assertThatThrownBy(() -> Means.studentT(withMissing, NINETY_FIVE))
                .isInstanceOf(NullPointerException.class).hasMessage("values");
    }

    @Test
    void studentT_noLevel_fails() {
        assertThatThrownBy(() -> Means.studentT(values("1", "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for confidence levels (must name at least one): none");
    }
}
