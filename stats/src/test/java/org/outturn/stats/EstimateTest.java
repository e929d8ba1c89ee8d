package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.ConfidenceInterval;

final class EstimateTest {

    private static ConfidenceInterval interval(String lower, String upper) {
        return ConfidenceInterval.of(new BigDecimal(lower), new BigDecimal(upper));
    }

    @Test
    void of_intervalWithoutTheValue_fails() {
        assertThatThrownBy(() -> Estimate.of(IntervalMethod.WILSON, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.5"), Map.of(NINETY_FIVE, interval("0.6", "0.7"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for estimate (the 95% confidence interval must contain the value 0.5): 0.6 - 0.7");
    }

    @Test
    void of_noInterval_fails() {
        assertThatThrownBy(() -> Estimate.of(IntervalMethod.WILSON, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.1"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for estimate (needs at least one confidence interval): {}");
    }

    @Test
    void notComputable_zeroMultiplier_fails() {
        assertThatThrownBy(() -> Estimate.notComputable(IntervalMethod.BYARS, BigDecimal.ZERO,
                NotComputableReason.MISSING_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for multiplier (must be positive): 0");
    }

    @Test
    void equals_ignoresScale() {
        Estimate a = Estimate.of(IntervalMethod.WILSON, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.1"), Map.of(NINETY_FIVE, interval("0.01", "0.4")));
        Estimate b = Estimate.of(IntervalMethod.WILSON, new BigDecimal("1.0"), BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.10"), Map.of(NINETY_FIVE, interval("0.010", "0.40")));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("Estimate{Wilson score, 1/10 x 1 = 0.1, 95%: 0.01 - 0.4}");
    }

    @Test
    void toString_notComputable_namesTheReason() {
        assertThat(Proportions.wilson(0, 0, NINETY_FIVE).toString())
                .isEqualTo("Estimate{Wilson score, 0/0 x 1: Zero denominator}");
    }

    @Test
    void intervals_areUnmodifiable() {
        Estimate estimate = Proportions.wilson(1, 10, NINETY_FIVE);

        assertThatThrownBy(() -> estimate.intervals().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void displayNames_areWords() {
        assertThat(Arrays.stream(IntervalMethod.values()).map(IntervalMethod::displayName))
                .containsExactly("Wilson score", "Byars", "Exact Poisson", "Dobson", "Student's t");
        assertThat(Arrays.stream(NotComputableReason.values()).map(NotComputableReason::displayName))
                .containsExactly("Zero denominator", "Zero population", "Zero events", "Fewer than 10 events",
                        "Zero expected events", "Missing value", "Too few values");
    }
}
