package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PublishedTargetTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Text, the target when higher is better, the target when lower is better. */
    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("95%", Target.single(d("95")), Target.single(d("95"))),
                Arguments.of("18.7", Target.single(d("18.7")), Target.single(d("18.7"))),
                Arguments.of("Target of 18.7", Target.single(d("18.7")), Target.single(d("18.7"))),
                Arguments.of("target: 18.7", Target.single(d("18.7")), Target.single(d("18.7"))),
                Arguments.of("-0.5", Target.single(d("-0.5")), Target.single(d("-0.5"))),
                Arguments.of("70% (In line with national or above)", Target.single(d("70")), Target.single(d("70"))),
                Arguments.of("95-90%", Target.thresholds(d("95"), d("90")), Target.thresholds(d("90"), d("95"))),
                Arguments.of("90-95%", Target.thresholds(d("95"), d("90")), Target.thresholds(d("90"), d("95"))),
                Arguments.of("12-0%", Target.thresholds(d("12"), d("0")), Target.thresholds(d("0"), d("12"))),
                Arguments.of("1.7%-1.9%", Target.thresholds(d("1.9"), d("1.7")), Target.thresholds(d("1.7"), d("1.9"))),
                Arguments.of("12 - 18", Target.thresholds(d("18"), d("12")), Target.thresholds(d("12"), d("18"))),
                Arguments.of("20- 15%", Target.thresholds(d("20"), d("15")), Target.thresholds(d("15"), d("20"))),
                Arguments.of("95 \u2013 83%", Target.thresholds(d("95"), d("83")), Target.thresholds(d("83"), d("95"))),
                Arguments.of("12 to 18", Target.thresholds(d("18"), d("12")), Target.thresholds(d("12"), d("18"))),
                Arguments.of("0.10-0.16", Target.thresholds(d("0.16"), d("0.10")),
                        Target.thresholds(d("0.10"), d("0.16"))),
                Arguments.of("1,000 - 1,200", Target.thresholds(d("1200"), d("1000")),
                        Target.thresholds(d("1000"), d("1200"))));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void parse_byPolarity_higherAndLowerIsBetter(String text, Target higher, Target lower) {
        assertThat(PublishedTarget.parse(text, Polarity.HIGHER_IS_BETTER)).isEqualTo(higher);
        assertThat(PublishedTarget.parse(" " + text + " ", Polarity.LOWER_IS_BETTER)).isEqualTo(lower);
        assertThat(PublishedTarget.parse(text, Polarity.LOWER_IS_BETTER, RangeReading.THRESHOLDS)).isEqualTo(lower);
    }

    @Test
    void parse_thresholds_keepPublishedScale() {
        Target.Thresholds target = (Target.Thresholds) PublishedTarget.parse("0.10-0.16", Polarity.LOWER_IS_BETTER);
        assertThat(target.green()).hasToString("0.10");
        assertThat(target.red()).hasToString("0.16");
    }

    @Test
    void parse_rangeWithinBand_isBandWhateverTheOrder() {
        assertThat(PublishedTarget.parse("12 - 18", Polarity.WITHIN_BAND)).isEqualTo(Target.band(d("12"), d("18")));
        assertThat(PublishedTarget.parse("18 - 12", Polarity.WITHIN_BAND)).isEqualTo(Target.band(d("12"), d("18")));
        assertThat(PublishedTarget.parse("12 - 12", Polarity.WITHIN_BAND)).isEqualTo(Target.band(d("12"), d("12")));
    }

    @Test
    void parse_bandReading_overridesPolarity() {
        assertThat(PublishedTarget.parse("12-0%", Polarity.LOWER_IS_BETTER, RangeReading.BAND))
                .isEqualTo(Target.band(d("0"), d("12")));
        assertThat(PublishedTarget.parse("95-90%", Polarity.HIGHER_IS_BETTER, RangeReading.BAND))
                .isEqualTo(Target.band(d("90"), d("95")));
        assertThat(PublishedTarget.parse("12 - 18", Polarity.NONE, RangeReading.BAND))
                .isEqualTo(Target.band(d("12"), d("18")));
    }

    @Test
    void parse_signAgreeingWithPolarity_isSingle() {
        for (String text : new String[] {"≥ 95%", ">= 95%", "=>95%", "≥95"}) {
            assertThat(PublishedTarget.parse(text, Polarity.HIGHER_IS_BETTER)).as(text).isEqualTo(Target.single(d("95")));
        }
        for (String text : new String[] {"≤ 10", "<= 10", "=<10", "<=10%"}) {
            assertThat(PublishedTarget.parse(text, Polarity.LOWER_IS_BETTER)).as(text).isEqualTo(Target.single(d("10")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not a target measure", "No Target", "no target", "No target set", "Data only",
        "Monitor only", "Local Measure", "n/a", "N/A", "None", "TBC", "-"})
    void parse_noTargetWording_isNoneWithWording(String text) {
        for (Polarity polarity : Polarity.values()) {
            assertThat(PublishedTarget.parse("  " + text, polarity)).isEqualTo(Target.none(text));
        }
    }

    @Test
    void parse_signAgainstPolarity_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("≥ 95%", Polarity.LOWER_IS_BETTER))
                .withMessage("Text '≥ 95%' could not be read as a target: '≥' says higher is better but the "
                        + "indicator's polarity is Lower is better");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("<= 10", Polarity.WITHIN_BAND))
                .withMessage("Text '<= 10' could not be read as a target: '<=' says lower is better but the "
                        + "indicator's polarity is Within band");
    }

    @Test
    void parse_strictComparison_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("> 95%", Polarity.HIGHER_IS_BETTER))
                .withMessage("Text '> 95%' could not be read as a target: a strict comparison cannot be a target, "
                        + "which is met at its value (use ≥ or ≤)");
    }

    @Test
    void parse_rangeWithoutDirection_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("12 - 18", Polarity.NONE))
                .withMessage("Text '12 - 18' could not be read as a target: a range needs a polarity that says "
                        + "which side is better, and the indicator's polarity is Not rated");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("12 - 18", Polarity.WITHIN_BAND, RangeReading.THRESHOLDS))
                .withMessage("Text '12 - 18' could not be read as a target: thresholds need a polarity that says "
                        + "which side is better, and the indicator's polarity is Within band");
    }

    @Test
    void parse_blank_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("  ", Polarity.HIGHER_IS_BETTER))
                .withMessage("Text '  ' could not be read as a target: it is blank (a target that is not given "
                        + "is not a target of its own kind: leave it out)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Green", "12..5", "95-90-85%", "22-36 Amber for end of", "about 95%"})
    void parse_otherText_namesTextAndRule(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse(text, Polarity.HIGHER_IS_BETTER))
                .withMessage("Text '" + text + "' could not be read as a target: expected a number such as 95% or "
                        + "Target of 18.7, a range such as 95-90% or 12 - 18, a sign and a number such as ≥ 95% or "
                        + "<= 10, or a wording such as No Target or Not a target measure");
    }

    @Test
    void parse_badNumber_namesTheNumberRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedTarget.parse("1,00-90", Polarity.HIGHER_IS_BETTER))
                .withMessage("Text '1,00-90' could not be read as a target: commas must group the digits before "
                        + "the decimal point in threes, as in 19,625");
    }

    @Test
    void nulls_throwWithParameterNames() {
        assertThatNullPointerException().isThrownBy(() -> PublishedTarget.parse(null, Polarity.NONE))
                .withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> PublishedTarget.parse("1", null)).withMessage("polarity");
        assertThatNullPointerException().isThrownBy(() -> PublishedTarget.parse("1", Polarity.NONE, null))
                .withMessage("reading");
    }
}
