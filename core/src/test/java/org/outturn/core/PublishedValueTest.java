package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class PublishedValueTest {

    private static final ReportingPeriod FY = FinancialYear.of(2024);

    /** Text, exact value as plain string with its scale, unit hint (or null), rate base (0 for none), fraction. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("19,625", "19625", null, 0L, null),
                Arguments.of("1,234,567.50", "1234567.50", null, 0L, null),
                Arguments.of("93.90", "93.90", null, 0L, null),
                Arguments.of("-0.07", "-0.07", null, 0L, null),
                Arguments.of("\u22120.07", "-0.07", null, 0L, null),
                Arguments.of("+3", "3", null, 0L, null),
                Arguments.of(".5", "0.5", null, 0L, null),
                Arguments.of("95%", "95", Unit.Kind.PERCENTAGE, 0L, null),
                Arguments.of("95.0 %", "95.0", Unit.Kind.PERCENTAGE, 0L, null),
                Arguments.of(" 97.30%\u00a0", "97.30", Unit.Kind.PERCENTAGE, 0L, null),
                Arguments.of("£1,234", "1234", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("-£1,234", "-1234", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("£1.2m", "1200000", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("£1.25M", "1250000", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("£350k", "350000", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("£3bn", "3000000000", Unit.Kind.CURRENCY, 0L, null),
                Arguments.of("1.5% (104/7042)", "1.5", Unit.Kind.PERCENTAGE, 0L, Fraction.of(104, 7042)),
                Arguments.of("1.3%(96/7132)", "1.3", Unit.Kind.PERCENTAGE, 0L, Fraction.of(96, 7132)),
                Arguments.of("14.8 (1,480 / 10,000)", "14.8", null, 0L, Fraction.of(1480, 10000)),
                Arguments.of("46 per 10,000", "46", Unit.Kind.RATE, 10_000L, null),
                Arguments.of("330.23 per 100000", "330.23", Unit.Kind.RATE, 100_000L, null));
    }

    @ParameterizedTest
    @MethodSource("values")
    void parse_valueAsTyped_givesExactValueAndWhatTheTextSays(String text, String value, Unit.Kind hint, long base,
            Fraction fraction) {
        PublishedValue published = PublishedValue.parse(text);
        assertThat(published.text()).isEqualTo(text);
        assertThat(published.value().orElseThrow().toPlainString()).isEqualTo(value);
        assertThat(published.value().orElseThrow().scale()).isEqualTo(new BigDecimal(value).scale());
        assertThat(published.unitHint()).isEqualTo(java.util.Optional.ofNullable(hint));
        assertThat(published.rateBase().isPresent()).isEqualTo(base != 0);
        if (base != 0) {
            assertThat(published.rateBase().getAsLong()).isEqualTo(base);
        }
        assertThat(published.fraction()).isEqualTo(java.util.Optional.ofNullable(fraction));
        assertThat(published.missingReason()).isEmpty();
        assertThat(published.isAvailable()).isTrue();
        assertThat(published.isBlank()).isFalse();
        assertThat(published.currency().isPresent()).isEqualTo(hint == Unit.Kind.CURRENCY);
    }

    static Stream<Arguments> nonValues() {
        return Stream.of(
                Arguments.of("n/a", MissingReason.NOT_APPLICABLE),
                Arguments.of("N/A", MissingReason.NOT_APPLICABLE),
                Arguments.of("-", MissingReason.NOT_APPLICABLE),
                Arguments.of("\u2013", MissingReason.NOT_APPLICABLE),
                Arguments.of("#DIV/0!", MissingReason.NOT_APPLICABLE),
                Arguments.of("#N/A", MissingReason.NOT_APPLICABLE),
                Arguments.of("Not applicable", MissingReason.NOT_APPLICABLE),
                Arguments.of("Local Measure", MissingReason.NOT_APPLICABLE),
                Arguments.of("Data suppressed", MissingReason.SUPPRESSED),
                Arguments.of("Data suppressed, see part 2 report", MissingReason.SUPPRESSED),
                Arguments.of("*", MissingReason.SUPPRESSED),
                Arguments.of("TBC", MissingReason.NOT_YET_AVAILABLE),
                Arguments.of("Not yet available", MissingReason.NOT_YET_AVAILABLE),
                Arguments.of("Available March 23", MissingReason.NOT_YET_AVAILABLE),
                Arguments.of("New indicator", MissingReason.NEW_INDICATOR),
                Arguments.of("Not due", MissingReason.NOT_DUE),
                Arguments.of("Biennial Data 2026", MissingReason.NOT_DUE),
                Arguments.of("Not collected", MissingReason.NOT_COLLECTED));
    }

    @ParameterizedTest
    @MethodSource("nonValues")
    void parse_nonValue_givesReasonAndKeepsWording(String text, MissingReason reason) {
        PublishedValue published = PublishedValue.parse(" " + text + " ");
        assertThat(published.value()).isEmpty();
        assertThat(published.fraction()).isEmpty();
        assertThat(published.unitHint()).isEmpty();
        assertThat(published.rateBase()).isEmpty();
        assertThat(published.currency()).isEmpty();
        assertThat(published.missingReason()).contains(reason);
        assertThat(published.isAvailable()).isFalse();
        assertThat(published.isBlank()).isFalse();
        Outturn outturn = published.toOutturn(FY, Unit.percentage(1));
        assertThat(outturn).isEqualTo(Outturn.missing(FY, reason, text));
    }

    @Test
    void parse_blank_isNotCollectedWithoutWording() {
        for (String text : new String[] {"", "   ", "\u00a0\t"}) {
            PublishedValue published = PublishedValue.parse(text);
            assertThat(published.isBlank()).isTrue();
            assertThat(published.missingReason()).contains(MissingReason.NOT_COLLECTED);
            assertThat(published.toOutturn(FY, Unit.count(0))).isEqualTo(Outturn.missing(FY, MissingReason.NOT_COLLECTED));
        }
    }

    @Test
    void parse_numberShapeThatCannotBeRead_namesTextAndRule() {
        for (String text : new String[] {"12..5", "1.2.3", "95%%", "12 5", "1.5% (104/7042", "5e3"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse(text))
                    .withMessage("Text '" + text + "' could not be read as a value: expected a number as printed, "
                            + "such as 19,625, -0.07, 95%, £1.2m, 1.5% (104/7042) or 46 per 10,000");
        }
    }

    @Test
    void parse_wordsThatAreNoReason_namesTextAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("Green"))
                .withMessage("Text 'Green' could not be read as a value: expected a number, such as 19,625 or 95%, "
                        + "or a non-value such as n/a, -, *, TBC, Data suppressed, Not yet available, Available "
                        + "March 23, New indicator, Not due, Biennial Data 2026 or #DIV/0!");
    }

    @Test
    void parse_badThousandsSeparators_namesRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("1,23"))
                .withMessage("Text '1,23' could not be read as a value: commas must group the digits before the "
                        + "decimal point in threes, as in 19,625");
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("19625,000.5"))
                .withMessageEndingWith("commas must group the digits before the decimal point in threes, as in 19,625");
    }

    @Test
    void parse_multiplierWithoutPound_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("1.2m"))
                .withMessage("Text '1.2m' could not be read as a value: k, m and bn multiply amounts of money only, "
                        + "as in £1.2m");
    }

    @Test
    void parse_moneyAndPercentOrRate_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("£95%"))
                .withMessage("Text '£95%' could not be read as a value: a value cannot be both an amount of money "
                        + "and a percentage");
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("£46 per 10,000"))
                .withMessage("Text '£46 per 10,000' could not be read as a value: a value cannot be both an amount "
                        + "of money and a rate");
    }

    @Test
    void parse_rateBaseNotAPowerOfTen_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("46 per 12,000"))
                .withMessage("Text '46 per 12,000' could not be read as a value: the base of a rate must be a power "
                        + "of ten from 10 to 1000000000, as in per 10,000");
    }

    @Test
    void parse_bracketsThatAreNoFraction_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("0.02 (rate: 0.00)"))
                .withMessage("Text '0.02 (rate: 0.00)' could not be read as a value: the part in brackets must be "
                        + "numerator/denominator, as in 1.5% (104/7042)");
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("1.5% (104/0)"))
                .withMessage("Text '1.5% (104/0)' could not be read as a value: "
                        + "Invalid value for denominator (must be positive): 0");
    }

    @Test
    void parse_otherSpreadsheetError_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("#REF!"))
                .withMessage("Text '#REF!' could not be read as a value: a spreadsheet error other than #DIV/0! "
                        + "and #N/A means the sheet is broken, not that the value is missing");
    }

    @Test
    void parse_tooManyDigits_isRefusedAsJsonNumbersAre() {
        String digits = "1".repeat(101);
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse(digits))
                .withMessage("Text '" + digits + "' could not be read as a value: at most 100 significant digits");
        assertThat(PublishedValue.parse("1".repeat(100)).value()).isPresent();
        String tiny = "0." + "0".repeat(199) + "1";
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse(tiny))
                .withMessage("Text '" + tiny + "' could not be read as a value: a number has at most 200 characters");
        assertThat(PublishedValue.parse("0." + "0".repeat(197) + "1").value()).isPresent();
    }

    @Test
    void toOutturn_valueFitsUnit_keepsValueScaleAndFraction() {
        assertThat(PublishedValue.parse("93.90%").toOutturn(FY, Unit.percentage(2)).value().orElseThrow())
                .hasToString("93.90");
        assertThat(PublishedValue.parse("19,625").toOutturn(FY, Unit.count(0))).isEqualTo(
                Outturn.of(FY, new BigDecimal("19625")));
        assertThat(PublishedValue.parse("1.5% (104/7042)").toOutturn(FY, Unit.percentage(1))).isEqualTo(
                Outturn.ofFraction(FY, new BigDecimal("1.5"), Fraction.of(104, 7042), Unit.percentage(1)));
        assertThat(PublishedValue.parse("46 per 10,000").toOutturn(FY, Unit.ratePer(10_000, 0)).value())
                .contains(new BigDecimal("46"));
        assertThat(PublishedValue.parse("£1.2m").toOutturn(FY, Unit.currency(Currency.getInstance("GBP"), 0))
                .value()).contains(new BigDecimal("1200000"));
        assertThat(PublishedValue.parse("95").toOutturn(FY, Unit.percentage(0)).value()).contains(new BigDecimal("95"));
    }

    @Test
    void toOutturn_hintAgainstUnit_namesTextUnitAndHint() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedValue.parse("95%").toOutturn(FY, Unit.count(0)))
                .withMessage("Text '95%' could not be read as a value of unit count:0: it is a percentage");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedValue.parse("46 per 10,000").toOutturn(FY, Unit.ratePer(100_000, 1)))
                .withMessage("Text '46 per 10,000' could not be read as a value of unit rate-per-100000:1: "
                        + "it is a rate per 10000");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedValue.parse("£5").toOutturn(FY, Unit.currency(Currency.getInstance("EUR"), 0)))
                .withMessage("Text '£5' could not be read as a value of unit currency-EUR:0: it is an amount in GBP");
    }

    @Test
    void toOutturn_fractionDisagreeingWithValue_namesTextAndRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedValue.parse("1.7% (104/7042)").toOutturn(FY, Unit.percentage(1)))
                .withMessage("Text '1.7% (104/7042)' could not be read as a value of unit percentage:1: Invalid value "
                        + "for outturn (must be 104/7042 as percentage:1, rounded to 1 decimal places: 1.5): 1.7");
    }

    @Test
    void equals_comparesTextAsTyped() {
        assertThat(PublishedValue.parse("95%")).isEqualTo(PublishedValue.parse("95%"))
                .hasSameHashCodeAs(PublishedValue.parse("95%"))
                .isNotEqualTo(PublishedValue.parse("95 %"))
                .hasToString("95%");
        assertThat(PublishedValue.parse(PublishedValue.parse("1.5% (104/7042)").toString()))
                .isEqualTo(PublishedValue.parse("1.5% (104/7042)"));
    }

    @Test
    void nulls_throwWithParameterNames() {
        assertThatNullPointerException().isThrownBy(() -> PublishedValue.parse(null)).withMessage("text");
        PublishedValue value = PublishedValue.parse("1");
        assertThatNullPointerException().isThrownBy(() -> value.toOutturn(null, Unit.count(0))).withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> value.toOutturn(FY, null)).withMessage("unit");
    }
}
