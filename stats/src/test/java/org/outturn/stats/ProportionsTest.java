package org.outturn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outturn.stats.Confidence.NINETY_FIVE;
import static org.outturn.stats.Confidence.NINETY_NINE_POINT_EIGHT;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outturn.core.ConfidenceInterval;

final class ProportionsTest {

    // Wilson score limits: (2 O + z^2 -/+ z sqrt(z^2 + 4 O (1 - O/n))) / (2 (n + z^2)).
    // 65 of 100 at 95%, z = 1.959964, z^2 = 3.841459:
    //   2 O + z^2 = 133.841459; z sqrt(3.841459 + 4 * 65 * 0.35) = 1.959964 * sqrt(94.841459) = 19.087434;
    //   2 (n + z^2) = 207.682918; lower = 114.754025 / 207.682918 = 0.552544,
    //   upper = 152.928893 / 207.682918 = 0.736358.
    @Test
    void wilson_sixtyFiveOfHundred_givesWorkedLimits() {
        Estimate estimate = Proportions.wilson(65, 100, NINETY_FIVE);

        assertThat(estimate.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(estimate.value()).hasValue(new BigDecimal("0.65"));
        assertThat(estimate.numerator()).hasValue(BigDecimal.valueOf(65));
        assertThat(estimate.denominator()).hasValue(BigDecimal.valueOf(100));
        assertThat(estimate.multiplier()).isEqualTo(BigDecimal.ONE);
        Expect.limits(estimate, NINETY_FIVE, 0.5525444329688797, 0.7363575175690247);
    }

    // 104 of 7042 as a percentage (the seed's "1.5% (104/7042)"): p = 0.0147686;
    // 95%: (208 + 3.841459 -/+ 1.959964 sqrt(3.841459 + 416 * 0.9852314)) / (2 * 7045.841459) x 100
    //    = (211.841459 -/+ 39.864807) / 14091.682918 x 100 = 1.220412 - 1.786204;
    // 99.8% (z = 3.090232, z^2 = 9.549536): (217.549536 -/+ 63.286104) / 14103.099071 x 100 = 1.093826 - 1.991304.
    @Test
    void wilsonPercentage_seedFraction_givesBothLevelsInOrder() {
        Estimate estimate = Proportions.wilsonPercentage(104, 7042, NINETY_NINE_POINT_EIGHT, NINETY_FIVE);

        assertThat(estimate.intervals().keySet()).containsExactly(NINETY_NINE_POINT_EIGHT, NINETY_FIVE);
        assertThat(estimate.multiplier()).isEqualTo(BigDecimal.valueOf(100));
        Expect.value(estimate, 1.4768531667140017);
        Expect.limits(estimate, NINETY_FIVE, 1.2204124405880838, 1.7862044419914929);
        Expect.limits(estimate, NINETY_NINE_POINT_EIGHT, 1.0938264793440904, 1.9913044497446697);
    }

    // O = 0: the lower limit is exactly 0 and the upper (z^2 + z^2) / (2 (10 + z^2)) = 3.841459 / 13.841459 = 0.277533.
    @Test
    void wilson_zeroNumerator_lowerLimitIsExactlyZero() {
        Estimate estimate = Proportions.wilson(0, 10, NINETY_FIVE);

        assertThat(estimate.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(estimate.interval(NINETY_FIVE).orElseThrow().lowerInclusive()).isEqualByComparingTo("0");
        Expect.limits(estimate, NINETY_FIVE, 0, 0.2775327998628892);
    }

    // O = n: by symmetry the lower limit is 1 - 0.277533 and the upper exactly 1 (100 as a percentage).
    @Test
    void wilson_numeratorEqualToDenominator_upperLimitIsExactlyTheMultiplier() {
        Estimate proportion = Proportions.wilson(10, 10, NINETY_FIVE);
        Estimate percentage = Proportions.wilsonPercentage(10, 10, NINETY_FIVE);

        Expect.limits(proportion, NINETY_FIVE, 0.7224672001371107, 1);
        assertThat(proportion.interval(NINETY_FIVE).orElseThrow().upperInclusive()).isEqualByComparingTo("1");
        assertThat(percentage.interval(NINETY_FIVE).orElseThrow().upperInclusive()).isEqualByComparingTo("100");
    }

    @Test
    void wilson_zeroDenominator_isNotComputable() {
        Estimate estimate = Proportions.wilson(0, 0, NINETY_FIVE);

        assertThat(estimate.isComputable()).isFalse();
        assertThat(estimate.notComputable()).hasValue(NotComputableReason.ZERO_DENOMINATOR);
        assertThat(estimate.value()).isEmpty();
        assertThat(estimate.intervals()).isEmpty();
        assertThat(estimate.interval(NINETY_FIVE)).isEmpty();
    }

    // Groups 3/10 and 5/30 pool to 8/40: 95% (16 + 3.841459 -/+ 1.959964 sqrt(3.841459 + 32 * 0.8))
    //   / (2 * 43.841459) = (19.841459 -/+ 10.634761) / 87.682918 = 0.105000 - 0.347573.
    @Test
    void wilsonPooled_sumsTheGroups() {
        Estimate pooled = Proportions.wilsonPooled(List.of(Counts.of(3, 10), Counts.of(5, 30)), 1, NINETY_FIVE);

        assertThat(pooled).isEqualTo(Proportions.wilson(8, 40, NINETY_FIVE));
        Expect.limits(pooled, NINETY_FIVE, 0.10499989725437701, 0.3475730634639949);
    }

    @Test
    void wilson_repeatedLevel_isGivenOnce() {
        assertThat(Proportions.wilson(5, 10, NINETY_FIVE, NINETY_FIVE).intervals()).hasSize(1);
    }

    @Test
    void wilson_anyLevel_isNarrowerBelowNinetyFive() {
        Confidence ninety = Confidence.ofPercent(new BigDecimal("90"));
        Estimate estimate = Proportions.wilson(30, 100, ninety, NINETY_FIVE);
        ConfidenceInterval narrow = estimate.interval(ninety).orElseThrow();

        assertThat(estimate.interval(NINETY_FIVE).orElseThrow().contains(narrow)).isTrue();
    }

    @Test
    void wilson_negativeNumerator_fails() {
        assertThatThrownBy(() -> Proportions.wilson(-1, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for numerator (must not be negative): -1");
    }

    @Test
    void wilson_negativeDenominator_fails() {
        assertThatThrownBy(() -> Proportions.wilson(0, -3, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator (must not be negative): -3");
    }

    @Test
    void wilson_numeratorAboveDenominator_fails() {
        assertThatThrownBy(() -> Proportions.wilson(11, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for numerator (must not exceed the denominator 10): 11");
    }

    @Test
    void wilson_zeroMultiplier_fails() {
        assertThatThrownBy(() -> Proportions.wilson(1, 10, 0, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for multiplier (must be positive): 0");
    }

    @Test
    void wilson_noLevel_fails() {
        assertThatThrownBy(() -> Proportions.wilson(1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for confidence levels (must name at least one): none");
    }

    @Test
    void wilson_nullLevel_failsWithItsName() {
        assertThatThrownBy(() -> Proportions.wilson(1, 10, (Confidence) null))
                .isInstanceOf(NullPointerException.class).hasMessage("levels");
    }

    @Test
    void wilsonPooled_noGroup_fails() {
        assertThatThrownBy(() -> Proportions.wilsonPooled(List.of(), 1, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for groups (must name at least one): none");
    }

    @Test
    void counts_negative_fails() {
        assertThatThrownBy(() -> Counts.of(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for denominator (must not be negative): -1");
    }
}
