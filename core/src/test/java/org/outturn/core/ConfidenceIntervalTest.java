package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ConfidenceIntervalTest {

    private static final ReportingPeriod PERIOD = PooledYears.parse("2017 - 19");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ConfidenceInterval interval(String lower, String upper) {
        return ConfidenceInterval.of(d(lower), d(upper));
    }

    @Test
    void of_keepsScaleAndComparesIgnoringIt() {
        ConfidenceInterval interval = interval("61.20", "68.9");
        assertThat(interval.lowerInclusive()).hasToString("61.20");
        assertThat(interval.upperInclusive()).hasToString("68.9");
        assertThat(interval).isEqualTo(interval("61.2", "68.90")).hasSameHashCodeAs(interval("61.2", "68.90"))
                .isNotEqualTo(interval("61.2", "69")).hasToString("61.20 - 68.9");
        assertThat(interval("5", "5").contains(d("5.0"))).isTrue();
    }

    @Test
    void contains_limitsIncluded_onJustInsideAndJustOutside() {
        ConfidenceInterval interval = interval("61.2", "68.9");
        assertThat(interval.contains(d("61.2"))).isTrue();
        assertThat(interval.contains(d("61.21"))).isTrue();
        assertThat(interval.contains(d("61.19"))).isFalse();
        assertThat(interval.contains(d("68.9"))).isTrue();
        assertThat(interval.contains(d("68.89"))).isTrue();
        assertThat(interval.contains(d("68.91"))).isFalse();
        assertThat(interval.contains(interval("61.2", "68.9"))).isTrue();
        assertThat(interval.contains(interval("61.1", "68.9"))).isFalse();
    }

    @Test
    void of_lowerAboveUpper_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> interval("68.9", "61.2"))
                .withMessage("Invalid value for confidence interval (lower limit must not exceed upper limit): "
                        + "68.9 - 61.2");
        assertThatNullPointerException().isThrownBy(() -> ConfidenceInterval.of(null, d("1")))
                .withMessage("lowerInclusive");
        assertThatNullPointerException().isThrownBy(() -> ConfidenceInterval.of(d("1"), null))
                .withMessage("upperInclusive");
        assertThatNullPointerException().isThrownBy(() -> interval("1", "2").contains((BigDecimal) null))
                .withMessage("value");
    }

    @ParameterizedTest
    @CsvSource({"95, NINETY_FIVE", "95%, NINETY_FIVE", " 95.0 % , NINETY_FIVE", "NINETY_FIVE, NINETY_FIVE",
        "99.8, NINETY_NINE_POINT_EIGHT", "99.8%, NINETY_NINE_POINT_EIGHT", "99.80, NINETY_NINE_POINT_EIGHT",
        "ninety_nine_point_eight, NINETY_NINE_POINT_EIGHT"})
    void confidenceLevel_parseLenient_readsPercentagesAndNames(String text, ConfidenceLevel level) {
        assertThat(ConfidenceLevel.parseLenient(text)).isEqualTo(level);
    }

    @Test
    void confidenceLevel_displayAndPercent() {
        assertThat(ConfidenceLevel.NINETY_FIVE.displayName()).isEqualTo("95%");
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.displayName()).isEqualTo("99.8%");
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.percent()).isEqualByComparingTo("99.8");
        assertThatIllegalArgumentException().isThrownBy(() -> ConfidenceLevel.parseLenient("90%"))
                .withMessage("Unknown confidence level: '90%' (accepted: 95%, 99.8%)");
        assertThatNullPointerException().isThrownBy(() -> ConfidenceLevel.parseLenient(null)).withMessage("text");
    }

    private static Outturn.Builder outturn(String value) {
        return Outturn.builder().period(PERIOD).value(d(value));
    }

    @Test
    void outturn_withIntervals_keepsThemByLevelAndComparesThem() {
        Outturn outturn = outturn("65.1")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, interval("60.4", "69.6"))
                .build();
        assertThat(outturn.confidenceInterval(ConfidenceLevel.NINETY_FIVE)).contains(interval("62.1", "68.0"));
        assertThat(outturn.confidenceIntervals()).hasSize(2);
        assertThat(outturn).isNotEqualTo(Outturn.of(PERIOD, d("65.1")));
        assertThat(outturn).isEqualTo(outturn("65.10")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.10", "68"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, interval("60.4", "69.6"))
                .build());
        assertThat(Outturn.of(PERIOD, d("1")).confidenceInterval(ConfidenceLevel.NINETY_FIVE)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> outturn.confidenceInterval(null)).withMessage("level");
    }

    @Test
    void outturn_valueOnTheLimits_isAccepted() {
        assertThat(outturn("62.1").putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0"))
                .build().isAvailable()).isTrue();
        assertThat(outturn("68.0").putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0"))
                .build().isAvailable()).isTrue();
    }

    @Test
    void outturn_valueOutsideInterval_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> outturn("68.01")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0")).build())
                .withMessage("Invalid outturn for 2017-2019 (the 95% confidence interval must contain the value "
                        + "68.01): 62.1 - 68.0");
        assertThatIllegalArgumentException().isThrownBy(() -> outturn("62.09")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, interval("62.1", "68.0")).build())
                .withMessage("Invalid outturn for 2017-2019 (the 99.8% confidence interval must contain the value "
                        + "62.09): 62.1 - 68.0");
    }

    @Test
    void outturn_wideIntervalInsideNarrow_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> outturn("65.1")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, interval("62.2", "69.6")).build())
                .withMessage("Invalid outturn for 2017-2019 (the 99.8% confidence interval must contain the 95% one, "
                        + "62.1 - 68.0): 62.2 - 69.6");
        assertThat(outturn("65.1")
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0"))
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, interval("62.1", "68.0")).build()
                .confidenceIntervals()).hasSize(2);
    }

    @Test
    void outturn_intervalWithoutValue_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Outturn.builder().period(PERIOD)
                .missingReason(MissingReason.SUPPRESSED)
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, interval("62.1", "68.0")).build())
                .withMessage("Invalid outturn for 2017-2019 (a confidence interval needs a value): 62.1 - 68.0");
    }
}
