package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class UnitTest {

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of(Unit.percentage(2), "percentage:2", "93.89%"),
                Arguments.of(Unit.ratePer(10_000, 2), "rate-per-10000:2", "330.23 per 10,000"),
                Arguments.of(Unit.ratePer(100_000, 1), "rate-per-100000:1", "330.23 per 100,000"),
                Arguments.of(Unit.ratePer(1_000, 1), "rate-per-1000:1", "330.23 per 1,000"),
                Arguments.of(Unit.count(0), "count:0", "330.23"),
                Arguments.of(Unit.score(2), "score:2", "330.23"),
                Arguments.of(Unit.ratio(0), "ratio:0", "330.23"),
                Arguments.of(Unit.currency(Currency.getInstance("GBP"), 2), "currency-GBP:2", "GBP 330.23"),
                Arguments.of(Unit.duration(ChronoUnit.WEEKS, 0), "duration-weeks:0", "330.23 weeks"),
                Arguments.of(Unit.duration(ChronoUnit.YEARS, 2), "duration-years:2", "330.23 years"));
    }

    @ParameterizedTest
    @MethodSource("units")
    void toString_parse_roundTrips(Unit unit, String notation, String formatted) {
        assertThat(unit).hasToString(notation);
        assertThat(Unit.parse(notation)).isEqualTo(unit).hasSameHashCodeAs(unit);
    }

    @ParameterizedTest
    @MethodSource("units")
    void format_keepsPublishedScale(Unit unit, String notation, String formatted) {
        BigDecimal value = unit.kind() == Unit.Kind.PERCENTAGE ? new BigDecimal("93.89") : new BigDecimal("330.23");
        assertThat(unit.format(value)).isEqualTo(formatted);
    }

    @Test
    void accessors_describeTheUnit() {
        Unit rate = Unit.ratePer(10_000, 2);
        assertThat(rate.kind()).isEqualTo(Unit.Kind.RATE);
        assertThat(rate.decimalPlaces()).isEqualTo(2);
        assertThat(rate.rateBase()).hasValue(10_000);
        assertThat(rate.currency()).isEmpty();
        assertThat(Unit.percentage(1).rateBase()).isEmpty();
        assertThat(Unit.currency(Currency.getInstance("GBP"), 2).currency()).contains(Currency.getInstance("GBP"));
        assertThat(Unit.duration(ChronoUnit.DAYS, 0).durationUnit()).contains(ChronoUnit.DAYS);
        assertThat(Unit.percentage(1).changeUnitName()).isEqualTo("percentage points");
        assertThat(rate.changeUnitName()).isEqualTo("per 10,000");
        assertThat(Unit.count(0).changeUnitName()).isEmpty();
    }

    @Test
    void percentage_decimalPlacesOutOfRange_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.percentage(11))
                .withMessage("Invalid value for decimal places (valid values 0 - 10): 11");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.count(-1))
                .withMessage("Invalid value for decimal places (valid values 0 - 10): -1");
    }

    @Test
    void ratePer_notPowerOfTen_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.ratePer(5_000, 1))
                .withMessage("Invalid value for rate base (must be a power of ten from 10 to 1000000000): 5000");
    }

    @Test
    void duration_unsupportedUnit_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.duration(ChronoUnit.HOURS, 0))
                .withMessage("Invalid value for duration unit (valid values DAYS, WEEKS, MONTHS, YEARS): Hours");
    }

    @Test
    void parse_unknownNotation_explainsNotation() {
        String expected = "Invalid unit 'percent:2' (expected KIND:DECIMAL_PLACES with KIND one of percentage, "
                + "rate-per-N, count, score, ratio, currency-XXX, duration-days|weeks|months|years)";
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("percent:2")).withMessage(expected);
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("rate-per-7:1"))
                .withMessageStartingWith("Invalid unit 'rate-per-7:1'");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("count:x"))
                .withMessageStartingWith("Invalid unit 'count:x'");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("count"))
                .withMessageStartingWith("Invalid unit 'count'");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("duration-WEEKS:0"))
                .withMessageStartingWith("Invalid unit 'duration-WEEKS:0'");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("currency-XYZ1:2"))
                .withMessageStartingWith("Invalid unit 'currency-XYZ1:2'");
    }

    @Test
    void valueOf_percentage_roundsHalfUpToScale() {
        assertThat(Unit.percentage(1).valueOf(Fraction.of(104, 7042), 1)).isEqualByComparingTo("1.5");
        assertThat(Unit.percentage(1).valueOf(Fraction.of(1, 8), 1)).isEqualByComparingTo("12.5");
        assertThat(Unit.percentage(1).valueOf(Fraction.of(1, 16), 1)).isEqualByComparingTo("6.3");
        assertThat(Unit.ratePer(10_000, 2).valueOf(Fraction.of(3, 1000), 2)).isEqualByComparingTo("30.00");
    }

    @Test
    void checkFraction_seedValues_pass() {
        Unit unit = Unit.percentage(1);
        unit.checkFraction(new BigDecimal("1.5"), Fraction.of(104, 7042));
        unit.checkFraction(new BigDecimal("1.0"), Fraction.of(71, 7121));
        unit.checkFraction(new BigDecimal("16.8"), Fraction.of(1195, 7121));
        unit.checkFraction(new BigDecimal("0.3"), Fraction.of(20, 6826));
    }

    @Test
    void checkFraction_valueDisagrees_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Unit.percentage(1).checkFraction(new BigDecimal("1.7"), Fraction.of(104, 7042)))
                .withMessage("Invalid value for outturn (must be 104/7042 as percentage:1, rounded to 1 decimal "
                        + "places: 1.5): 1.7");
    }

    @Test
    void checkFraction_numeratorAboveDenominatorForPercentage_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Unit.percentage(1).checkFraction(new BigDecimal("100.0"), Fraction.of(7043, 7042)))
                .withMessage("Invalid value for numerator (must not exceed the denominator 7042 for a percentage): 7043");
    }

    @Test
    void checkFraction_unitWithoutFractions_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Unit.count(0).checkFraction(BigDecimal.ONE, Fraction.of(1, 1)))
                .withMessage("Invalid fraction for unit count:0 (fractions are allowed for percentages, rates and "
                        + "ratios): 1/1");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Unit.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Unit.currency(null, 2)).withMessage("currency");
        assertThatNullPointerException().isThrownBy(() -> Unit.duration(null, 2)).withMessage("unit");
        assertThatNullPointerException().isThrownBy(() -> Unit.count(0).format(null)).withMessage("value");
    }
}
