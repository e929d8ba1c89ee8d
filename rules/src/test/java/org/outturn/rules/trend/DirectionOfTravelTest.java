package org.outturn.rules.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.outturn.core.FinancialYear;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Unit;

final class DirectionOfTravelTest {

    private static final FinancialYear PREVIOUS = FinancialYear.parse("2023/24");
    private static final FinancialYear CURRENT = FinancialYear.parse("2024/25");
    private static final Unit PERCENT = Unit.percentage(2);

    private static Outturn previous(String value) {
        return Outturn.of(PREVIOUS, new BigDecimal(value));
    }

    private static Outturn current(String value) {
        return Outturn.of(CURRENT, new BigDecimal(value));
    }

    private static DirectionOfTravel dot(String from, String to, Polarity polarity) {
        return DirectionOfTravel.between(previous(from), current(to), polarity, PERCENT);
    }

    /** From, to, threshold, then the direction and the trends when higher and when lower is better. */
    static Stream<Arguments> thresholds() {
        return Stream.of(
                // threshold zero: only an equal value, whatever its scale, is no change
                Arguments.of("93.61", "93.61", "0", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "93.610", "0", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "93.62", "0", Direction.INCREASE, Trend.IMPROVING, Trend.DECLINING),
                Arguments.of("93.61", "93.60", "0", Direction.DECREASE, Trend.DECLINING, Trend.IMPROVING),
                Arguments.of("93.61", "93.6100001", "0", Direction.INCREASE, Trend.IMPROVING, Trend.DECLINING),
                // threshold 0.5, inclusive: at it, just inside, just outside, both ways
                Arguments.of("93.61", "94.11", "0.5", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "94.10", "0.5", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "94.12", "0.5", Direction.INCREASE, Trend.IMPROVING, Trend.DECLINING),
                Arguments.of("93.61", "93.11", "0.5", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "93.12", "0.5", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("93.61", "93.10", "0.5", Direction.DECREASE, Trend.DECLINING, Trend.IMPROVING),
                Arguments.of("93.61", "94.110", "0.500", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                // negative values, as a Progress 8 score
                Arguments.of("-0.07", "-0.03", "0", Direction.INCREASE, Trend.IMPROVING, Trend.DECLINING),
                Arguments.of("-0.07", "-0.03", "0.04", Direction.NO_CHANGE, Trend.NO_CHANGE, Trend.NO_CHANGE),
                Arguments.of("-0.03", "-0.07", "0.03", Direction.DECREASE, Trend.DECLINING, Trend.IMPROVING));
    }

    @ParameterizedTest
    @MethodSource("thresholds")
    void between_threshold_givesDirectionAndTrendForBothPolarities(String from, String to, String threshold,
            Direction direction, Trend higher, Trend lower) {
        BigDecimal limit = new BigDecimal(threshold);
        DirectionOfTravel up = DirectionOfTravel.between(previous(from), current(to), Polarity.HIGHER_IS_BETTER,
                PERCENT, limit);
        DirectionOfTravel down = DirectionOfTravel.between(previous(from), current(to), Polarity.LOWER_IS_BETTER,
                PERCENT, limit);
        assertThat(up.direction()).contains(direction);
        assertThat(down.direction()).contains(direction);
        assertThat(up.trend()).isEqualTo(higher);
        assertThat(down.trend()).isEqualTo(lower);
        assertThat(up.reason()).isEmpty();
        assertThat(up.noChangeThreshold()).isEqualByComparingTo(limit);
    }

    @ParameterizedTest
    @EnumSource(value = Polarity.class, names = {"WITHIN_BAND", "NONE"})
    void trend_polarityWithoutBetterWay_isNotComparableButDirectionIsComputed(Polarity polarity) {
        DirectionOfTravel dot = dot("93.61", "93.89", polarity);
        assertThat(dot.direction()).contains(Direction.INCREASE);
        assertThat(dot.trend()).isEqualTo(Trend.NOT_COMPARABLE);
        assertThat(dot.absoluteChange()).contains(new BigDecimal("0.28"));
        assertThat(dot.reason()).contains("the polarity '" + polarity.displayName() + "' does not say which way is better");
    }

    @Test
    void between_defaultThreshold_isZero() {
        assertThat(dot("1", "2", Polarity.NONE).noChangeThreshold()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void between_laterPeriodFirst_comparesToMinusFrom() {
        DirectionOfTravel dot = DirectionOfTravel.between(current("93.89"), previous("93.61"),
                Polarity.HIGHER_IS_BETTER, PERCENT);
        assertThat(dot.direction()).contains(Direction.DECREASE);
        assertThat(dot.absoluteChange()).contains(new BigDecimal("-0.28"));
    }

    @Test
    void between_fromMissing_isNotComparableWithReason() {
        Outturn from = Outturn.missing(PREVIOUS, MissingReason.NEW_INDICATOR, "New indicator");
        for (Polarity polarity : Polarity.values()) {
            DirectionOfTravel dot = DirectionOfTravel.between(from, current("85.6"), polarity, Unit.percentage(1));
            assertThat(dot.direction()).isEmpty();
            assertThat(dot.trend()).isEqualTo(Trend.NOT_COMPARABLE);
            assertThat(dot.absoluteChange()).isEmpty();
            assertThat(dot.percentageChange()).isEmpty();
            assertThat(dot.percentagePointChange()).isEmpty();
            assertThat(dot.reason()).contains("no value for 2023/24 (New indicator)");
            assertThat(dot.explanation()).isEqualTo("Not comparable: no value for 2023/24 (New indicator)");
        }
    }

    @Test
    void between_toMissingWithoutNote_namesReason() {
        Outturn to = Outturn.missing(CURRENT, MissingReason.NOT_YET_AVAILABLE);
        DirectionOfTravel dot = DirectionOfTravel.between(previous("6.65"), to, Polarity.HIGHER_IS_BETTER, PERCENT);
        assertThat(dot.direction()).isEmpty();
        assertThat(dot.trend()).isEqualTo(Trend.NOT_COMPARABLE);
        assertThat(dot.explanation()).isEqualTo("Not comparable: no value for 2024/25 (Not yet available)");
    }

    @Test
    void between_bothMissing_namesBothPeriods() {
        DirectionOfTravel dot = DirectionOfTravel.between(
                Outturn.missing(PREVIOUS, MissingReason.SUPPRESSED, "Data suppressed"),
                Outturn.missing(CURRENT, MissingReason.NOT_DUE, "Biennial Data 2026"),
                Polarity.LOWER_IS_BETTER, PERCENT);
        assertThat(dot.reason())
                .contains("no value for 2023/24 (Data suppressed) or 2024/25 (Biennial Data 2026)");
        assertThat(dot.explanation())
                .isEqualTo("Not comparable: no value for 2023/24 (Data suppressed) or 2024/25 (Biennial Data 2026)");
    }

    @Test
    void absoluteChange_isExactWithLargerScale() {
        assertThat(dot("97.9", "97.32", Polarity.NONE).absoluteChange())
                .hasValueSatisfying(change -> assertThat(change).hasToString("-0.58"));
        assertThat(dot("21.0", "23.30", Polarity.NONE).absoluteChange())
                .hasValueSatisfying(change -> assertThat(change).hasToString("2.30"));
        assertThat(dot("100", "100", Polarity.NONE).absoluteChange())
                .hasValueSatisfying(change -> assertThat(change).hasToString("0"));
    }

    /** From, to, then the relative change in per cent. */
    static Stream<Arguments> percentageChanges() {
        return Stream.of(
                Arguments.of("93.61", "93.89", "0.3"),
                Arguments.of("346.88", "330.23", "-4.8"),
                // exactly half way: rounded half-up, away from zero, not to even
                Arguments.of("8", "8.1", "1.3"),
                Arguments.of("8", "7.9", "-1.3"),
                Arguments.of("8", "8.3", "3.8"),
                Arguments.of("40", "40.01", "0.0"),
                Arguments.of("100", "100", "0.0"),
                // a negative base keeps the sign of the change
                Arguments.of("-0.07", "-0.03", "57.1"),
                Arguments.of("-0.03", "-0.07", "-133.3"),
                Arguments.of("3159", "3376", "6.9"));
    }

    @ParameterizedTest
    @MethodSource("percentageChanges")
    void percentageChange_roundedHalfUpToOneDecimalPlace(String from, String to, String expected) {
        assertThat(dot(from, to, Polarity.NONE).percentageChange())
                .hasValueSatisfying(change -> assertThat(change).hasToString(expected));
    }

    @Test
    void percentageChange_zeroBase_isEmpty() {
        assertThat(dot("0", "3", Polarity.HIGHER_IS_BETTER).percentageChange()).isEmpty();
        assertThat(dot("0.00", "0", Polarity.HIGHER_IS_BETTER).percentageChange()).isEmpty();
        assertThat(dot("0", "3", Polarity.HIGHER_IS_BETTER).direction()).contains(Direction.INCREASE);
        assertThat(dot("3", "0", Polarity.HIGHER_IS_BETTER).percentageChange())
                .hasValueSatisfying(change -> assertThat(change).hasToString("-100.0"));
    }

    @Test
    void percentagePointChange_percentage_isAbsoluteChange() {
        assertThat(dot("93.61", "93.89", Polarity.HIGHER_IS_BETTER).percentagePointChange())
                .contains(new BigDecimal("0.28"));
    }

    @Test
    void percentagePointChange_otherUnits_isEmpty() {
        for (Unit unit : new Unit[] {Unit.ratePer(10_000, 2), Unit.count(0), Unit.score(2)}) {
            DirectionOfTravel dot = DirectionOfTravel.between(previous("1"), current("2"), Polarity.NONE, unit);
            assertThat(dot.percentagePointChange()).isEmpty();
            assertThat(dot.absoluteChange()).contains(BigDecimal.ONE);
        }
    }

    static Stream<Arguments> explanations() {
        return Stream.of(
                Arguments.of(dot("93.61", "93.89", Polarity.HIGHER_IS_BETTER),
                        "Improving: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 (0.3%)"),
                Arguments.of(dot("93.61", "93.89", Polarity.LOWER_IS_BETTER),
                        "Declining: 93.89% in 2024/25, up 0.28 points from 93.61% in 2023/24 (0.3%)"),
                Arguments.of(dot("97.9", "97.32", Polarity.HIGHER_IS_BETTER),
                        "Declining: 97.32% in 2024/25, down 0.58 points from 97.9% in 2023/24 (0.6%)"),
                Arguments.of(dot("100", "100", Polarity.HIGHER_IS_BETTER),
                        "No change: 100% in 2024/25, the same as 100% in 2023/24"),
                Arguments.of(DirectionOfTravel.between(previous("93.61"), current("93.65"), Polarity.HIGHER_IS_BETTER,
                        PERCENT, new BigDecimal("0.05")),
                        "No change: 93.65% in 2024/25, up 0.04 points from 93.61% in 2023/24 (0.0%), "
                                + "within the no-change threshold of 0.05 points"),
                Arguments.of(DirectionOfTravel.between(previous("346.88"), current("330.23"), Polarity.NONE,
                        Unit.ratePer(10_000, 2)),
                        "Decrease: 330.23 per 10,000 in 2024/25, down 16.65 per 10,000 from 346.88 per 10,000 in "
                                + "2023/24 (4.8%); not judged, as the polarity 'Not rated' does not say which way is "
                                + "better"),
                Arguments.of(DirectionOfTravel.between(previous("17"), current("17"), Polarity.WITHIN_BAND,
                        Unit.ratio(0)),
                        "No change: 17 in 2024/25, the same as 17 in 2023/24; not judged, as the polarity 'Within "
                                + "band' does not say which way is better"),
                Arguments.of(DirectionOfTravel.between(previous("0"), current("3"), Polarity.LOWER_IS_BETTER,
                        Unit.count(0)),
                        "Declining: 3 in 2024/25, up 3 from 0 in 2023/24"));
    }

    @ParameterizedTest
    @MethodSource("explanations")
    void explanation_comparable_isOneSentence(DirectionOfTravel dot, String expected) {
        assertThat(dot.explanation()).isEqualTo(expected);
    }

    @Test
    void between_samePeriod_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectionOfTravel.between(current("1"), current("2"),
                Polarity.HIGHER_IS_BETTER, PERCENT))
                .withMessage("Invalid value for to (must be for another period than from): 2024/25");
    }

    @Test
    void between_negativeThreshold_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectionOfTravel.between(previous("1"), current("2"),
                Polarity.HIGHER_IS_BETTER, PERCENT, new BigDecimal("-0.1")))
                .withMessage("Invalid value for noChangeThreshold (must not be negative): -0.1");
    }

    @Test
    void between_null_throwsNamingParameter() {
        Outturn from = previous("1");
        Outturn to = current("2");
        Polarity polarity = Polarity.HIGHER_IS_BETTER;
        BigDecimal zero = BigDecimal.ZERO;
        assertThatNullPointerException().isThrownBy(() -> DirectionOfTravel.between(null, to, polarity, PERCENT))
                .withMessage("from");
        assertThatNullPointerException().isThrownBy(() -> DirectionOfTravel.between(from, null, polarity, PERCENT))
                .withMessage("to");
        assertThatNullPointerException().isThrownBy(() -> DirectionOfTravel.between(from, to, null, PERCENT))
                .withMessage("polarity");
        assertThatNullPointerException().isThrownBy(() -> DirectionOfTravel.between(from, to, polarity, null))
                .withMessage("unit");
        assertThatNullPointerException()
                .isThrownBy(() -> DirectionOfTravel.between(from, to, polarity, PERCENT, null))
                .withMessage("noChangeThreshold");
        assertThatNullPointerException().isThrownBy(() -> DirectionOfTravel.between(null, to, polarity, PERCENT, zero))
                .withMessage("from");
    }

    @Test
    void accessors_returnWhatWasGiven() {
        Outturn from = previous("93.61");
        Outturn to = current("93.89");
        DirectionOfTravel dot = DirectionOfTravel.between(from, to, Polarity.LOWER_IS_BETTER, PERCENT);
        assertThat(dot.from()).isSameAs(from);
        assertThat(dot.to()).isSameAs(to);
        assertThat(dot.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(dot.unit()).isEqualTo(PERCENT);
    }

    @Test
    void equals_ignoresScaleOfValuesAndThreshold() {
        DirectionOfTravel dot = DirectionOfTravel.between(previous("93.6"), current("93.89"),
                Polarity.HIGHER_IS_BETTER, PERCENT, new BigDecimal("0.1"));
        DirectionOfTravel rescaled = DirectionOfTravel.between(previous("93.60"), current("93.890"),
                Polarity.HIGHER_IS_BETTER, PERCENT, new BigDecimal("0.10"));
        assertThat(rescaled).isEqualTo(dot).hasSameHashCodeAs(dot);
        assertThat(dot).isEqualTo(dot).isNotEqualTo(null).isNotEqualTo("dot");
    }

    @Test
    void equals_differentPart_isNotEqual() {
        DirectionOfTravel dot = dot("93.61", "93.89", Polarity.HIGHER_IS_BETTER);
        assertThat(dot).isNotEqualTo(dot("93.61", "93.88", Polarity.HIGHER_IS_BETTER))
                .isNotEqualTo(dot("93.62", "93.89", Polarity.HIGHER_IS_BETTER))
                .isNotEqualTo(dot("93.61", "93.89", Polarity.LOWER_IS_BETTER))
                .isNotEqualTo(DirectionOfTravel.between(previous("93.61"), current("93.89"),
                        Polarity.HIGHER_IS_BETTER, Unit.percentage(1)))
                .isNotEqualTo(DirectionOfTravel.between(previous("93.61"), current("93.89"),
                        Polarity.HIGHER_IS_BETTER, PERCENT, new BigDecimal("0.01")));
    }

    @Test
    void toString_describesComparison() {
        assertThat(dot("93.61", "93.89", Polarity.HIGHER_IS_BETTER)).hasToString("DirectionOfTravel["
                + "from=2023/24: 93.61, to=2024/25: 93.89, polarity=HIGHER_IS_BETTER, unit=percentage:2, "
                + "noChangeThreshold=0, direction=INCREASE, trend=IMPROVING]");
        assertThat(DirectionOfTravel.between(Outturn.missing(PREVIOUS, MissingReason.NEW_INDICATOR), current("1"),
                Polarity.NONE, PERCENT)).hasToString("DirectionOfTravel[from=2023/24: NEW_INDICATOR, "
                + "to=2024/25: 1, polarity=NONE, unit=percentage:2, noChangeThreshold=0, direction=none, "
                + "trend=NOT_COMPARABLE]");
    }
}
